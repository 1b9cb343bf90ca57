/** The demo logins: printed by `npm start` and listed in the README. */
export const DEMO_USERS = [
  { email: "aanbieder@demo.nl", name: "Anna de Vries", role: "PROVIDER" as const, password: "Aanbieder-demo-2026" },
  { email: "inkoper@demo.nl", name: "Bram Jansen", role: "OFFICER" as const, password: "Inkoper-demo-2026" },
  { email: "beheerder@demo.nl", name: "Carla Bakker", role: "ADMIN" as const, password: "Beheerder-demo-2026" },
];

export const DEMO_ORGANISATION = {
  name: "Zorggroep De Linde",
  kvkNumber: "12345678",
  agbCode: "12345678",
  region: "utrecht",
};
