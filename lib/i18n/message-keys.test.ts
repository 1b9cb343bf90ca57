import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { evaluateChecklist, REASON_VALUES } from "../checklist/engine";
import { ISSUE_VALUES, validateQuestionnaire } from "../questionnaire/validate";
import { fixture } from "../test/fixture";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import { renderMessage, renderMessages } from "./message";
import { translatorFor } from "./translator";
import type { Locale } from "./locale";

/** The argument names an ICU message uses, nested plural/select branches included. */
function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if ("value" in e && typeof e.value === "string" && e.type !== TYPE.tag) into.add(e.value);
    if ("options" in e) for (const option of Object.values(e.options)) argumentNames(option.value, into);
    if (e.type === TYPE.tag) argumentNames(e.children, into);
  }
  return into;
}

describe("checklist reasons", () => {
  it("has every key the engine can return in both message files, with exactly the engine's placeholders", () => {
    for (const [name, values] of Object.entries(REASON_VALUES)) {
      for (const messages of [nl, en]) {
        const text = (messages.checklist.reason as Record<string, string | undefined>)[name];
        expect(text, `checklist.reason.${name}`).toBeTypeOf("string");
        expect([...argumentNames(parse(text!))].sort(), `checklist.reason.${name}`).toEqual([...values].sort());
      }
    }
    expect(Object.keys(nl.checklist.reason).sort()).toEqual(Object.keys(REASON_VALUES).sort());
  });

  it("renders a reason in the reader's language, with the questionnaire's own texts and numbers in its format", () => {
    const reasons = evaluateChecklist(fixture, { coverage: 70.5 }, { today: "2025-06-15", enrolment: "2025-06-15" }).conditions.find((c) => c.condition.key === "coverage_85")!.reasons;
    expect(renderMessages(reasons, translatorFor("nl"), "nl")).toBe("Vereist: “Bezetting” ten minste 85; uw antwoord: 70,5.");
    expect(renderMessages(reasons, translatorFor("en"), "en")).toBe("Required: “Bezetting” at least 85; your answer: 70.5.");
  });

  it("renders options by their label, lists, yes/no and the evidence description", () => {
    const result = evaluateChecklist(fixture, { contract_status: "new", kvk_date: "2025-01-01", wtza: true }, { today: "2025-06-15", enrolment: "2025-06-15" });
    const words = (key: string, locale: Locale) =>
      renderMessages(result.conditions.find((c) => c.condition.key === key)!.reasons, translatorFor(locale), locale);
    expect(words("kvk_recent", "nl")).toBe("Vereist: “Datum KvK-uittreksel” niet ouder dan 3 maanden op het moment van inschrijving (2025-06-15); uw antwoord: 2025-01-01.");
    expect(words("kvk_recent", "en")).toContain("no older than 3 months");
    expect(words("wtza", "nl")).toBe("Voldaan volgens uw antwoord; lever nog het bewijsstuk aan: de vergunning.");
    const refused = evaluateChecklist(fixture, { wtza: false }, { today: "2025-06-15", enrolment: "2025-06-15" }).conditions.find((c) => c.condition.key === "wtza")!;
    expect(renderMessages(refused.reasons, translatorFor("nl"), "nl")).toBe("Vereist: “Heeft u een Wtza-vergunning?” met ja beantwoord; uw antwoord: nee.");
  });
});

describe("questionnaire problems", () => {
  it("has every problem the checks can report in both message files, with exactly their placeholders", () => {
    for (const [name, values] of Object.entries(ISSUE_VALUES)) {
      for (const messages of [nl, en]) {
        const text = (messages.editor.issues as Record<string, string | undefined>)[name];
        expect(text, `editor.issues.${name}`).toBeTypeOf("string");
        expect([...argumentNames(parse(text!))].sort(), `editor.issues.${name}`).toEqual([...values].sort());
      }
    }
    expect(Object.keys(nl.editor.issues).sort()).toEqual(Object.keys(ISSUE_VALUES).sort());
  });

  it("words a problem in the reader's language", () => {
    const broken = structuredClone(fixture) as { sections: { questions: { key: string }[] }[] };
    broken.sections[1]!.questions[1]!.key = broken.sections[1]!.questions[0]!.key;
    const result = validateQuestionnaire(broken);
    if (result.ok) throw new Error("accepted");
    const issue = result.issues.find((i) => i.message.key === "editor.issues.duplicateKey")!;
    expect(renderMessage(issue.message, translatorFor("nl"), "nl")).toBe(`De sleutel "${broken.sections[1]!.questions[0]!.key}" komt meer dan eens voor.`);
    expect(renderMessage(issue.message, translatorFor("en"), "en")).toBe(`The key "${broken.sections[1]!.questions[0]!.key}" occurs more than once.`);
  });
});
