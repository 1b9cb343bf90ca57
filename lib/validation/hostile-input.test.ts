/**
 * Hostile input: random and malicious values thrown at every input schema the server actions and
 * routes use. The answer is always a result (valid, or a message key the UI translates), never a throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nl from "../../messages/nl.json";
import { acceptInvitationSchema, fieldErrors, invitationSchema, loginSchema, registrationSchema } from "./account";
import { parseAnswer } from "../questionnaire/answers";
import { validateQuestionnaire } from "../questionnaire/validate";
import { fixture, fixtureInput } from "../test/fixture";

const nasty = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "'; DROP TABLE \"User\"; --",
    "\u0000",
    "𝕏".repeat(300),
    "../../etc/passwd",
    "${7*7}",
    "__proto__",
    "constructor",
  ),
  fc.dictionary(fc.constantFrom("__proto__", "constructor", "email", "password", "kvkNumber", "region"), fc.anything()),
);

const knownKeys = new Set(Object.keys(nl.validation).map((k) => `validation.${k}`));

describe("account schemas under hostile input", () => {
  for (const [name, schema] of Object.entries({ registrationSchema, loginSchema, invitationSchema, acceptInvitationSchema })) {
    it(`${name} answers any input with a result, never a throw`, () => {
      fc.assert(
        fc.property(nasty, (input) => {
          const r = schema.safeParse(input);
          expect(typeof r.success).toBe("boolean");
        }),
        { numRuns: 300 },
      );
    });
  }

  it("registration field messages are message keys when fields are strings", () => {
    fc.assert(
      fc.property(fc.record({ organisationName: fc.string(), kvkNumber: fc.string(), agbCode: fc.string(), region: fc.string(), name: fc.string(), email: fc.string(), password: fc.string(), passwordConfirm: fc.string() }), (input) => {
        const r = registrationSchema.safeParse(input);
        if (!r.success) for (const key of Object.values(fieldErrors(r.error))) expect(knownKeys).toContain(key);
      }),
      { numRuns: 300 },
    );
  });
});

describe("answers under hostile input", () => {
  const questions = fixture.sections.flatMap((s) => s.questions);
  it("every question kind answers with a value or a message, never a throw", () => {
    const answerKeys = new Set(["yesNo", "choice", "number", "integer", "min", "max", "date", "text", "tooLong", "file", "invalid"].map((k) => `answer.${k}`));
    fc.assert(
      fc.property(fc.constantFrom(...questions), nasty, (q, value) => {
        const r = parseAnswer(q, value);
        if (!r.ok) expect(answerKeys).toContain(r.message);
      }),
      { numRuns: 1000 },
    );
  });

  it("script- and SQL-looking text is kept as it was typed", () => {
    const text = fixture.sections.flatMap((s) => s.questions).find((q) => q.kind === "longText")!;
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const r = parseAnswer(text, s);
        expect(r).toEqual({ ok: true, value: s });
      }),
    );
  });
});

describe("questionnaire import under hostile input", () => {
  it("random documents are rejected with listed problems, never a throw", () => {
    fc.assert(
      fc.property(nasty, (input) => {
        const r = validateQuestionnaire(input);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.message.key).toMatch(/^editor\.issues\./);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a valid questionnaire with one random field replaced is accepted or rejected, never a throw", () => {
    const paths: ((d: Record<string, unknown>, v: unknown) => void)[] = [
      (d, v) => ((d.conditions as Record<string, unknown>[])[0]!.rule = v),
      (d, v) => ((d.sections as { questions: Record<string, unknown>[] }[])[1]!.questions[0]!.visibleWhen = v),
      (d, v) => ((d.procedureDates as Record<string, unknown>[])[0]!.when = v),
      (d, v) => (d.sections = v),
      (d, v) => ((d.sections as Record<string, unknown>[])[0]!.key = v),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), nasty, (mutate, value) => {
        const doc = structuredClone(fixtureInput) as unknown as Record<string, unknown>;
        mutate(doc, value);
        const r = validateQuestionnaire(doc);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
