/**
 * A rule in words, for administrators reading a version or a comparison: "Aantal fte ≥ 5",
 * "alle van: (… ; …)". Questions by their label (key when unknown). Pure and browser-safe.
 */
import type { Locale } from "../i18n/locale";
import { formatDate, formatNumber } from "./format-answer";
import type { Question, Rule } from "./schema";

const WORDS = {
  nl: {
    isYes: "is ja",
    isNo: "is nee",
    answered: "is beantwoord",
    fileUploaded: "heeft een bestand",
    equals: "is",
    oneOf: "is een van",
    includes: "bevat",
    includesAny: "bevat een van",
    dateOnOrBefore: "op of voor",
    dateOnOrAfter: "op of na",
    dateBefore: "vóór",
    dateAfter: "na",
    notOlderThan: "niet ouder dan",
    atEnrolment: "op het moment van inschrijving",
    on: "op",
    all: "alle van",
    any: "een van",
    not: "niet",
    units: { days: "dagen", months: "maanden", years: "jaar" },
  },
  en: {
    isYes: "is yes",
    isNo: "is no",
    answered: "is answered",
    fileUploaded: "has a file",
    equals: "is",
    oneOf: "is one of",
    includes: "includes",
    includesAny: "includes any of",
    dateOnOrBefore: "on or before",
    dateOnOrAfter: "on or after",
    dateBefore: "before",
    dateAfter: "after",
    notOlderThan: "no older than",
    atEnrolment: "at enrolment",
    on: "on",
    all: "all of",
    any: "any of",
    not: "not",
    units: { days: "days", months: "months", years: "years" },
  },
} as const;

const SYMBOLS = { gte: "≥", gt: ">", lte: "≤", lt: "<", eq: "=" } as const;

export function describeRule(rule: Rule, questions: ReadonlyMap<string, Question>, locale: Locale): string {
  const w = WORDS[locale];
  if (rule.op === "all" || rule.op === "any") return `${w[rule.op]}: (${rule.rules.map((r) => describeRule(r, questions, locale)).join("; ")})`;
  if (rule.op === "not") return `${w.not} (${describeRule(rule.rule, questions, locale)})`;
  const q = questions.get(rule.question);
  const name = `“${q?.label[locale] ?? rule.question}”`;
  const option = (v: string) => `“${q?.options?.find((o) => o.value === v)?.label[locale] ?? v}”`;
  switch (rule.op) {
    case "isYes":
    case "isNo":
    case "answered":
    case "fileUploaded":
      return `${name} ${w[rule.op]}`;
    case "equals":
    case "includes":
      return `${name} ${w[rule.op]} ${option(rule.value)}`;
    case "oneOf":
    case "includesAny":
      return `${name} ${w[rule.op]} ${rule.values.map(option).join(", ")}`;
    case "dateOnOrBefore":
    case "dateOnOrAfter":
    case "dateBefore":
    case "dateAfter":
      return `${name} ${w[rule.op]} ${formatDate(rule.value, locale)}`;
    case "notOlderThan": {
      const at = rule.reference === "enrolment" ? w.atEnrolment : `${w.on} ${formatDate(rule.reference, locale)}`;
      return `${name} ${w.notOlderThan} ${rule.amount} ${w.units[rule.unit]} ${at}`;
    }
    default: {
      const limit = rule.denominator ? `${formatNumber(rule.value, locale)}/${formatNumber(rule.denominator, locale)}` : formatNumber(rule.value, locale);
      return `${name} ${SYMBOLS[rule.op]} ${limit}`;
    }
  }
}
