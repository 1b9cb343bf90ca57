/**
 * The checklist engine: where a voorwaarde is evaluated.
 *
 * Given a questionnaire, the answers (the profile answers included) and today's date, it decides
 * for every condition whether it is met, not met, not yet answered, missing its evidence or not
 * applicable, with the reason in words; counts progress over the visible required questions; and
 * puts the procedure dates on a timeline. Pure: the same inputs always give the same result.
 */
import type {
  Answers,
  Condition,
  LocalizedText,
  Question,
  QuestionnaireDefinition,
  Rule,
  Section,
  Severity,
} from "../questionnaire/schema";
import { ruleQuestions } from "../questionnaire/validate";
import { buildTimeline, type Timeline } from "../procedure/timeline";
import { evaluateRule, isAnswered, type RuleContext, type Truth } from "./rules";

export type ConditionStatus = "notMet" | "evidenceMissing" | "unanswered" | "met" | "notApplicable";

export interface ConditionResult {
  condition: Condition;
  status: ConditionStatus;
  reason: LocalizedText;
  /** The questions that decide it, first one to link to. */
  questions: string[];
}

/** The order of the checklist panel: what needs action first; expectations as advice, never as failure. */
export type ChecklistGroup =
  | "unmetHard"
  | "evidenceMissing"
  | "unanswered"
  | "expectationNotMet"
  | "met"
  | "notApplicable";

export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = [
  "unmetHard",
  "evidenceMissing",
  "unanswered",
  "expectationNotMet",
  "met",
  "notApplicable",
];

export function groupOf(status: ConditionStatus, severity: Severity): ChecklistGroup {
  if (status === "notMet") return severity === "hard" ? "unmetHard" : "expectationNotMet";
  return status;
}

export interface ChecklistSummary {
  unmetHard: number;
  evidenceMissing: number;
  unanswered: number;
  expectationNotMet: number;
  met: number;
  notApplicable: number;
  answeredRequired: number;
  requiredVisible: number;
}

export interface ChecklistResult {
  conditions: ConditionResult[];
  visibleSections: string[];
  visibleQuestions: string[];
  /** Visible required questions without an answer, in questionnaire order. */
  missingRequired: string[];
  progress: { answered: number; required: number; percent: number };
  summary: ChecklistSummary;
  timeline: Timeline;
}

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

/** Visibility of every section and question, resolved in dependency order (cycles are rejected at validation). */
export function resolveVisibility(def: QuestionnaireDefinition, answers: Answers, today: string) {
  const sectionOf = new Map<string, Section>();
  const questionByKey = new Map<string, Question>();
  for (const s of def.sections) {
    for (const q of s.questions) {
      sectionOf.set(q.key, s);
      questionByKey.set(q.key, q);
    }
  }

  const memo = new Map<string, boolean>();
  const resolving = new Set<string>();
  const ctx: RuleContext = { answers, today, isVisible: (key) => questionVisible(key) };
  const holds = (rule: Rule | undefined): boolean => !rule || evaluateRule(rule, ctx) === true;

  const questionVisible = (key: string): boolean => {
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const section = sectionOf.get(key);
    const question = questionByKey.get(key);
    // Unknown key, or a cycle that validation should have caught: treat as hidden rather than loop.
    if (!section || !question || resolving.has(key)) return false;
    resolving.add(key);
    const visible = holds(section.visibleWhen) && holds(question.visibleWhen);
    resolving.delete(key);
    memo.set(key, visible);
    return visible;
  };

  const visibleQuestions = def.sections.flatMap((s) => s.questions.filter((q) => questionVisible(q.key)));
  const visibleSections = def.sections.filter((s) => s.questions.some((q) => questionVisible(q.key)));
  return { ctx, questionVisible, visibleQuestions, visibleSections, questionByKey };
}

function formatValue(q: Question | undefined, v: unknown, lang: "nl" | "en"): string {
  if (v === undefined || v === null) return lang === "nl" ? "geen antwoord" : "no answer";
  if (typeof v === "boolean") return v ? (lang === "nl" ? "ja" : "yes") : lang === "nl" ? "nee" : "no";
  const label = (value: string) => q?.options?.find((o) => o.value === value)?.label[lang] ?? value;
  if (Array.isArray(v)) return v.map((x) => label(String(x))).join(", ");
  return label(String(v));
}

/** Words for what a single rule leaf demands, for the "why not met" line. */
function describeLeaf(rule: Rule, questions: Map<string, Question>, answers: Answers): LocalizedText {
  if (rule.op === "all" || rule.op === "any" || rule.op === "not") return t("zie de voorwaarde", "see the condition");
  const q = questions.get(rule.question);
  const name = (lang: "nl" | "en") => `“${q?.label[lang] ?? rule.question}”`;
  const given = (lang: "nl" | "en") => formatValue(q, answers[rule.question], lang);
  const opt = (lang: "nl" | "en", v: string) => formatValue(q, v, lang);
  const words: Record<string, [string, string]> = {
    gte: ["ten minste", "at least"],
    gt: ["meer dan", "more than"],
    lte: ["ten hoogste", "at most"],
    lt: ["minder dan", "less than"],
    eq: ["precies", "exactly"],
  };
  switch (rule.op) {
    case "isYes":
    case "isNo": {
      const want = rule.op === "isYes";
      return t(
        `Vereist: ${name("nl")} met ${want ? "ja" : "nee"} beantwoord; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} answered ${want ? "yes" : "no"}; your answer: ${given("en")}.`,
      );
    }
    case "answered":
      return t(`Vereist: een antwoord op ${name("nl")}.`, `Required: an answer to ${name("en")}.`);
    case "fileUploaded":
      return t(`Vereist: een document bij ${name("nl")}.`, `Required: a document for ${name("en")}.`);
    case "equals":
    case "includes":
      return t(
        `Vereist: ${name("nl")} is “${opt("nl", rule.value)}”; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} is “${opt("en", rule.value)}”; your answer: ${given("en")}.`,
      );
    case "oneOf":
    case "includesAny":
      return t(
        `Vereist: ${name("nl")} is een van ${rule.values.map((v) => `“${opt("nl", v)}”`).join(", ")}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} is one of ${rule.values.map((v) => `“${opt("en", v)}”`).join(", ")}; your answer: ${given("en")}.`,
      );
    case "gte":
    case "gt":
    case "lte":
    case "lt":
    case "eq": {
      const [nl, en] = words[rule.op]!;
      return t(
        `Vereist: ${name("nl")} ${nl} ${rule.value}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} ${en} ${rule.value}; your answer: ${given("en")}.`,
      );
    }
    case "dateOnOrBefore":
    case "dateOnOrAfter": {
      const before = rule.op === "dateOnOrBefore";
      return t(
        `Vereist: ${name("nl")} ${before ? "op of voor" : "op of na"} ${rule.value}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} ${before ? "on or before" : "on or after"} ${rule.value}; your answer: ${given("en")}.`,
      );
    }
    case "notOlderThan": {
      const unitNl = { days: "dagen", months: "maanden", years: "jaar" }[rule.unit];
      return t(
        `Vereist: ${name("nl")} niet ouder dan ${rule.amount} ${unitNl}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} no older than ${rule.amount} ${rule.unit}; your answer: ${given("en")}.`,
      );
    }
  }
}

/** The leaves that make a rule false, to explain a "not met". */
function failingLeaves(rule: Rule, ctx: RuleContext): Rule[] {
  if (evaluateRule(rule, ctx) !== false) return [];
  switch (rule.op) {
    case "all":
      return rule.rules.flatMap((r) => failingLeaves(r, ctx));
    case "any":
      return rule.rules.flatMap((r) => failingLeaves(r, ctx));
    case "not":
      return [rule];
    default:
      return [rule];
  }
}

function evaluateCondition(
  condition: Condition,
  ctx: RuleContext,
  questions: Map<string, Question>,
  questionVisible: (key: string) => boolean,
): ConditionResult {
  const decisive = ruleQuestions(condition.rule);
  const linkable = [...decisive, ...(condition.evidence ? [condition.evidence.question] : [])].filter(
    questionVisible,
  );
  const result = (status: ConditionStatus, reason: LocalizedText): ConditionResult => ({
    condition,
    status,
    reason,
    questions: linkable,
  });

  const applies: Truth = condition.appliesWhen ? evaluateRule(condition.appliesWhen, ctx) : true;
  if (applies === false) {
    return result("notApplicable", t("Niet van toepassing op uw situatie.", "Does not apply to your situation."));
  }
  if (applies === "unknown") {
    return result(
      "unanswered",
      t("Beantwoord eerst de profielvragen om te zien of dit voor u geldt.", "Answer the profile questions first to see whether this applies to you."),
    );
  }
  const outcome = evaluateRule(condition.rule, ctx);
  if (outcome === "unknown") {
    return result("unanswered", t("Nog niet (volledig) beantwoord.", "Not (fully) answered yet."));
  }
  if (outcome === false) {
    const leaves = failingLeaves(condition.rule, ctx);
    const parts = leaves.slice(0, 3).map((leaf) => describeLeaf(leaf, questions, ctx.answers));
    return result(
      "notMet",
      parts.length
        ? t(parts.map((p) => p.nl).join(" "), parts.map((p) => p.en).join(" "))
        : t("Uw antwoorden voldoen niet aan deze voorwaarde.", "Your answers do not meet this condition."),
    );
  }
  if (condition.evidence) {
    const files = ctx.isVisible(condition.evidence.question) ? ctx.answers[condition.evidence.question] : undefined;
    if (!isAnswered(files)) {
      return result(
        "evidenceMissing",
        t(
          `Voldaan volgens uw antwoord; lever nog het bewijsstuk aan: ${condition.evidence.description.nl}.`,
          `Met according to your answer; still upload the evidence: ${condition.evidence.description.en}.`,
        ),
      );
    }
  }
  return result("met", t("Voldaan.", "Met."));
}

export function evaluateChecklist(
  def: QuestionnaireDefinition,
  answers: Answers,
  today: string,
): ChecklistResult {
  const { ctx, questionVisible, visibleQuestions, visibleSections, questionByKey } = resolveVisibility(
    def,
    answers,
    today,
  );

  const conditions = def.conditions.map((c) => evaluateCondition(c, ctx, questionByKey, questionVisible));
  const required = visibleQuestions.filter((q) => q.required);
  const missingRequired = required.filter((q) => !isAnswered(answers[q.key])).map((q) => q.key);
  const answered = required.length - missingRequired.length;

  const summary: ChecklistSummary = {
    unmetHard: 0,
    evidenceMissing: 0,
    unanswered: 0,
    expectationNotMet: 0,
    met: 0,
    notApplicable: 0,
    answeredRequired: answered,
    requiredVisible: required.length,
  };
  for (const r of conditions) summary[groupOf(r.status, r.condition.severity)] += 1;

  const timeline = buildTimeline(def.procedureDates, today, (d) =>
    d.appliesWhen ? evaluateRule(d.appliesWhen, ctx) !== false : true,
  );

  return {
    conditions,
    visibleSections: visibleSections.map((s) => s.key),
    visibleQuestions: visibleQuestions.map((q) => q.key),
    missingRequired,
    progress: {
      answered,
      required: required.length,
      percent: required.length ? Math.round((answered / required.length) * 100) : 100,
    },
    summary,
    timeline,
  };
}

/** Conditions in the checklist panel's order: action needed first. */
export function sortForPanel(results: readonly ConditionResult[]): ConditionResult[] {
  const rank = (r: ConditionResult) => CHECKLIST_GROUPS.indexOf(groupOf(r.status, r.condition.severity));
  return [...results].sort((a, b) => rank(a) - rank(b));
}
