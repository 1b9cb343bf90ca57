import type { ReactNode } from "react";

const TONES = {
  error: { role: "alert", className: "border-red-300 bg-red-50 text-sm text-red-800" },
  success: { role: "status", className: "border-green-300 bg-green-50 text-sm" },
} as const;

/**
 * A message about a whole form or page: an error is announced at once (role="alert"), a
 * confirmation politely (role="status"). Renders nothing while there is no message.
 */
export function Notice({ tone = "error", id, children }: { tone?: keyof typeof TONES; id?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  const { role, className } = TONES[tone];
  return (
    <p id={id} role={role} className={`rounded-md border p-3 ${className}`}>
      {children}
    </p>
  );
}
