import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import { decisionSchema } from "../review/workflow";
import { answerSchema } from "../questionnaire/answers";
import { fixture } from "../test/fixture";
import { registrationSchema } from "./account";

/** The modules whose schemas and field errors reach a user. */
const SOURCES = [
  "lib/validation/account.ts",
  "lib/validation/users.ts",
  "lib/validation/audit.ts",
  "lib/review/workflow.ts",
  "lib/review/queue.ts",
  "lib/questionnaire/answers.ts",
  "lib/questionnaire/form-schema.ts",
  "lib/questionnaire/editor-forms.ts",
  "lib/server/services/accounts.ts",
  "lib/server/services/users.ts",
  "lib/server/services/colleagues.ts",
];
const NAMESPACES = /"((?:validation|answer|editor\.validation|review\.errors|users\.errors|audit\.errors)\.[A-Za-z]+)"/g;
/** A message given as a bare word ("required"): the conventions this one replaced. */
const BARE = /message: "[a-zA-Z]+"|\.(?:min|max|regex|refine|email|enum|boolean|string|number|int|finite|array|date)\((?:[^()]*|[^()]*\([^()]*\)[^()]*), "[a-zA-Z]+"\)/g;

function has(messages: object, key: string): boolean {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === "string";
}

describe("validation messages: one convention", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  for (const file of SOURCES) {
    it(`${file} gives full message keys that both message files have`, () => {
      const source = readFileSync(path.join(root, file), "utf8");
      const keys = [...source.matchAll(NAMESPACES)].map((m) => m[1]!);
      expect(keys.length, "no message keys found").toBeGreaterThan(0);
      for (const key of keys) expect(has(nl, key) && has(en, key), key).toBe(true);
      expect(source.match(BARE) ?? []).toEqual([]);
    });
  }

  it("reports the same keys at run time, whatever the schema", () => {
    const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];
    const keys = [
      ...issues(registrationSchema.safeParse({ organisationName: "", kvkNumber: "1", agbCode: "2", region: "x", name: "", email: "x", password: "k", passwordConfirm: "" })),
      ...issues(decisionSchema(false).safeParse({ decision: "reject", message: "" })),
      ...fixture.sections.flatMap((s) => s.questions).flatMap((q) => issues(answerSchema(q).safeParse(q.kind === "yesNo" ? "ja" : 12345678901))),
    ];
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(has(nl, key) && has(en, key), key).toBe(true);
  });
});
