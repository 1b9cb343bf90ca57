/**
 * The demo logins: printed by `npm start` and listed in the README. Officers belong to a purchaser
 * (lib/purchasers.ts, by key); the first officer is Zilveren Kruis's, whose questionnaires the
 * end-to-end tests review.
 */
export const DEMO_USERS = [
  { email: "aanbieder@demo.nl", name: "Anna de Vries", role: "PROVIDER" as const, password: "Aanbieder-demo-2026", purchaser: null },
  { email: "inkoper-zk@demo.nl", name: "Daan Visser", role: "OFFICER" as const, password: "Inkoper-zk-demo-2026", purchaser: "zilveren-kruis" },
  { email: "inkoper@demo.nl", name: "Bram Jansen", role: "OFFICER" as const, password: "Inkoper-demo-2026", purchaser: "zilveren-kruis-zorgkantoor" },
  { email: "inkoper-cz@demo.nl", name: "Eva Smit", role: "OFFICER" as const, password: "Inkoper-cz-demo-2026", purchaser: "cz" },
  { email: "beheerder@demo.nl", name: "Carla Bakker", role: "ADMIN" as const, password: "Beheerder-demo-2026", purchaser: null },
];

export const DEMO_ORGANISATION = {
  name: "Zorggroep De Linde",
  kvkNumber: "12345678",
  agbCode: "12345678",
  region: "utrecht",
};

/** The demo provider's submitted answer sets: one for CZ, one for Zilveren Kruis Zorgkantoor. */
export const DEMO_SUBMITTED_CARE_TYPES = ["grz_elv_gzsp", "wlz_ggz"] as const;
