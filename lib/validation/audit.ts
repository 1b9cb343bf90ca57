/** The audit log's filters; messages are i18n keys (see ./messages). */
import { z } from "zod";

const optionalDate = z.union([z.literal(""), z.iso.date("audit.errors.date")]);

export const auditFiltersSchema = z
  .object({
    /** Free text over the action, the actor's e-mail address and the entity's id. */
    q: z.string().trim().max(200, "validation.tooLong"),
    action: z.union([z.literal(""), z.string().regex(/^[a-z][a-zA-Z]{0,39}$/, "audit.errors.action")]),
    /** Dutch calendar days, both inclusive. */
    from: optionalDate,
    to: optionalDate,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "audit.errors.dateRange",
    // Only when both are dates, also while other fields are still wrong.
    when: (payload) => {
      const v = payload.value as { from?: unknown; to?: unknown };
      return optionalDate.safeParse(v.from).success && optionalDate.safeParse(v.to).success;
    },
  });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
