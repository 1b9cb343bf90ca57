/**
 * Input schemas for accounts.
 *
 * The one convention for validation messages, here and in every other zod schema: an issue's
 * message is a full message key ("validation.required", "review.errors.commentRequired"), and so
 * is a field error a service returns; the form translates it with `useValidationMessage`. The
 * browser and the server thus report the same problem in the user's language.
 */
import { z } from "zod";
import { REGION_KEYS } from "../regions";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const passwordSchema = z.string().min(12, "validation.passwordTooShort").max(200, "validation.tooLong");

export const personNameSchema = z.string().trim().min(2, "validation.required").max(200, "validation.tooLong");

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});

export const registrationSchema = z
  .object({
    organisationName: z.string().trim().min(2, "validation.required").max(200, "validation.tooLong"),
    kvkNumber: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s+/g, ""))
      .pipe(z.string().regex(/^\d{8}$/, "validation.kvk")),
    agbCode: z
      .string()
      .trim()
      .transform((s) => s.replace(/\s+/g, ""))
      .pipe(z.union([z.literal(""), z.string().regex(/^\d{8}$/, "validation.agb")])),
    region: z.enum(REGION_KEYS, "validation.region"),
    name: personNameSchema,
    email: emailSchema,
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.passwordMismatch",
    // Report a mismatch even while other fields are still wrong.
    when: (payload) => {
      const v = payload.value as { password?: unknown; passwordConfirm?: unknown } | null | undefined;
      return typeof v?.password === "string" && typeof v?.passwordConfirm === "string";
    },
  });

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;

/** Field -> message key, the first problem per field (for server actions to return). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    out[field] ??= issue.message;
  }
  return out;
}

export const invitationSchema = z.object({
  email: emailSchema,
  signatory: z.boolean(),
});
export type InvitationInput = z.input<typeof invitationSchema>;

export const acceptInvitationSchema = z
  .object({
    name: z.string().trim().min(2, "validation.required").max(200, "validation.tooLong"),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "validation.passwordMismatch" });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
