/** Input schemas of the administrator's user management; messages are message keys (see ./account). */
import { z } from "zod";
import { ROLES } from "../auth/permissions";
import { emailSchema, passwordSchema, personNameSchema } from "./account";

/** Administrators create officers and administrators; providers register their organisation themselves. */
export const STAFF_ROLES = ["OFFICER", "ADMIN"] as const;

export const userIdSchema = z.string().min(1).max(100);

export const createUserSchema = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    role: z.enum(STAFF_ROLES, "users.errors.role"),
    /** The purchaser an officer works for (its id); empty for a platform administrator. */
    purchaserId: z.string().max(100, "validation.tooLong"),
    /** "generate": the server makes a password and shows it once; "set": the administrator types one. */
    passwordMode: z.enum(["generate", "set"]),
    password: z.string().max(200, "validation.tooLong"),
  })
  .refine((v) => v.role !== "OFFICER" || v.purchaserId !== "", {
    path: ["purchaserId"],
    message: "users.errors.purchaserRequired",
    when: (payload) => typeof (payload.value as { purchaserId?: unknown } | null | undefined)?.purchaserId === "string",
  })
  .refine((v) => v.passwordMode === "generate" || passwordSchema.safeParse(v.password).success, {
    path: ["password"],
    message: "validation.passwordTooShort",
    // Report it together with the other fields' problems.
    when: (payload) => {
      const v = payload.value as { passwordMode?: unknown; password?: unknown } | null | undefined;
      return typeof v?.password === "string" && (v?.passwordMode === "generate" || v?.passwordMode === "set");
    },
  });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUser = z.output<typeof createUserSchema>;

export const changeOrganisationSchema = z.object({
  userId: userIdSchema,
  organisationId: z.string().min(1, "users.errors.organisationRequired").max(100, "validation.tooLong"),
  signatory: z.boolean(),
});

export type ChangeOrganisation = z.output<typeof changeOrganisationSchema>;

/** The purchaser an officer works for. */
export const changePurchaserSchema = z.object({
  userId: userIdSchema,
  purchaserId: z.string().min(1, "users.errors.purchaserRequired").max(100, "validation.tooLong"),
});

export type ChangePurchaser = z.output<typeof changePurchaserSchema>;

/** The user list's filters, as the form holds them (empty = no filter). */
export const userFiltersSchema = z.object({
  q: z.string().trim().max(200, "validation.tooLong"),
  role: z.union([z.literal(""), z.enum(ROLES)]),
  status: z.enum(["", "active", "inactive"]),
});

export type UserFilters = z.output<typeof userFiltersSchema>;

export const organisationQuerySchema = z.string().trim().max(200);
