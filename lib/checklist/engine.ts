/**
 * The checklist engine: where a voorwaarde is evaluated.
 *
 * Given a questionnaire, the answers (the profile answers included), the moment of enrolment that
 * time-dependent rules count from (reference.ts) and the purchaser's decisions on exceptions, it
 * decides for every condition whether it is met, not met, not yet answered, missing its evidence,
 * awaiting the purchaser's decision or not applicable, with the reason in words; counts the
 * shortfalls per legal class; counts progress over the visible required questions; and puts the
 * procedure dates on a timeline relative to today. Pure: the same inputs always give the same result.
 */
import type {
  Answers,
  Condition,
  LegalClass,
  LocalizedText,
  Question,
  QuestionnaireDefinition,
  Rule,
  Section,
} from "../questionnaire/schema";
import { ruleQuestions } from "../questionnaire/validate";
import { buildTimeline, type Timeline } from "../procedure/timeline";
import { evaluateRule, isAnswered, type RuleContext, type Truth } from "./rules";

export type ConditionStatus = "notMet" | "evidenceMissing" | "unanswered" | "awaitingDecision" | "met" | "notApplicable";

/** The officer's decision on a "decided by the purchaser" condition, per condition key. */
export interface PurchaserDecision {
  granted: boolean;
  reason: string;
}
export type PurchaserDecisions = Readonly<Record<string, PurchaserDecision>>;

export interface ConditionResult {
  condition: Condition;
  status: ConditionStatus;
  reason: LocalizedText;
  /** The questions that decide it, first one to link to. */
  questions: string[];
  /** False for a summary condition whose shortfall is already counted in a condition it sums up. */
  counted: boolean;
}

/**
 * The order of the checklist panel: what needs action first, per legal class; advice never as a
 * failure. A refused exception is the purchaser's word, apart from the provider's own shortfalls.
 */
export type ChecklistGroup =
  | "unmetContract"
  | "unmetPayment"
  | "refused"
  | "evidenceMissing"
  | "awaitingDecision"
  | "unanswered"
  | "adviceNotMet"
  | "met"
  | "notApplicable";

export const CHECKLIST_GROUPS: readonly ChecklistGroup[] = [
  "unmetContract",
  "unmetPayment",
  "refused",
  "evidenceMissing",
  "awaitingDecision",
  "unanswered",
  "adviceNotMet",
  "met",
  "notApplicable",
];

const NOT_MET_GROUP: Readonly<Record<LegalClass, ChecklistGroup>> = {
  contract: "unmetContract",
  payment: "unmetPayment",
  advice: "adviceNotMet",
  purchaserDecides: "refused",
};

export function groupOf(status: ConditionStatus, legalClass: LegalClass): ChecklistGroup {
  return status === "notMet" ? NOT_MET_GROUP[legalClass] : status;
}

export type ChecklistSummary = Record<ChecklistGroup, number> & { answeredRequired: number; requiredVisible: number };

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

/**
 * When the checklist is evaluated: `enrolment` is the reference of time-dependent rules (see
 * reference.ts), `today` only places the procedure dates on the timeline. Both YYYY-MM-DD in NL.
 */
export interface EvaluationMoment {
  enrolment: string;
  today: string;
}

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

/** Visibility of every section and question, resolved in dependency order (cycles are rejected at validation). */
export function resolveVisibility(def: QuestionnaireDefinition, answers: Answers, enrolment: string) {
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
  const ctx: RuleContext = { answers, enrolment, isVisible: (key) => questionVisible(key) };
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
const DATE_WORDS = {
  dateOnOrBefore: ["op of voor", "on or before"],
  dateBefore: ["vóór", "before"],
  dateOnOrAfter: ["op of na", "on or after"],
  dateAfter: ["na", "after"],
} as const;

function describeLeaf(rule: Rule, questions: Map<string, Question>, answers: Answers, enrolment: string): LocalizedText {
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
      const limit = rule.denominator ? `${rule.value}/${rule.denominator}` : `${rule.value}`;
      return t(
        `Vereist: ${name("nl")} ${nl} ${limit}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} ${en} ${limit}; your answer: ${given("en")}.`,
      );
    }
    case "dateOnOrBefore":
    case "dateBefore":
    case "dateOnOrAfter":
    case "dateAfter": {
      const [nl, en] = DATE_WORDS[rule.op];
      return t(
        `Vereist: ${name("nl")} ${nl} ${rule.value}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} ${en} ${rule.value}; your answer: ${given("en")}.`,
      );
    }
    case "notOlderThan": {
      const unitNl = { days: "dagen", months: "maanden", years: "jaar" }[rule.unit];
      const atNl = rule.reference === "enrolment" ? `op het moment van inschrijving (${enrolment})` : `op ${rule.reference}`;
      const atEn = rule.reference === "enrolment" ? `at enrolment (${enrolment})` : `on ${rule.reference}`;
      return t(
        `Vereist: ${name("nl")} niet ouder dan ${rule.amount} ${unitNl} ${atNl}; uw antwoord: ${given("nl")}.`,
        `Required: ${name("en")} no older than ${rule.amount} ${rule.unit} ${atEn}; your answer: ${given("en")}.`,
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

/** Not (yet) meeting it, in any way: what one shortfall is. */
const isShortfall = (status: ConditionStatus) => status === "notMet" || status === "evidenceMissing" || status === "unanswered";

function evaluateCondition(
  condition: Condition,
  ctx: RuleContext,
  questions: Map<string, Question>,
  questionVisible: (key: string) => boolean,
  decision: PurchaserDecision | undefined,
): Omit<ConditionResult, "counted"> {
  const decisive = ruleQuestions(condition.rule);
  const linkable = [...decisive, ...(condition.evidence ? [condition.evidence.question] : [])].filter(
    questionVisible,
  );
  const result = (status: ConditionStatus, reason: LocalizedText) => ({ condition, status, reason, questions: linkable });

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
    const parts = leaves.slice(0, 3).map((leaf) => describeLeaf(leaf, questions, ctx.answers, ctx.enrolment));
    return result(
      "notMet",
      parts.length
        ? t(parts.map((p) => p.nl).join(" "), parts.map((p) => p.en).join(" "))
        : t("Uw antwoorden voldoen niet aan deze voorwaarde.", "Your answers do not meet this condition."),
    );
  }
  // Proof is asked only on the branch that shows its upload question, and only when the policy requires it.
  const evidence = condition.evidence;
  if (evidence?.required && questionVisible(evidence.question) && !isAnswered(ctx.answers[evidence.question])) {
    return result(
      "evidenceMissing",
      t(
        `Voldaan volgens uw antwoord; lever nog het bewijsstuk aan: ${evidence.description.nl}.`,
        `Met according to your answer; still upload the evidence: ${evidence.description.en}.`,
      ),
    );
  }
  if (condition.legalClass === "purchaserDecides") {
    // The provider's claim does not meet it: the purchaser grants or refuses the exception.
    if (!decision) {
      return result(
        "awaitingDecision",
        t("Uw beroep op deze uitzondering wacht op het besluit van de inkoper.", "Your claim to this exception awaits the purchaser's decision."),
      );
    }
    return decision.granted
      ? result("met", t(`Toegekend door de inkoper: ${decision.reason}`, `Granted by the purchaser: ${decision.reason}`))
      : result("notMet", t(`Geweigerd door de inkoper: ${decision.reason}`, `Refused by the purchaser: ${decision.reason}`));
  }
  return result("met", t("Voldaan.", "Met."));
}

export function evaluateChecklist(
  def: QuestionnaireDefinition,
  answers: Answers,
  at: EvaluationMoment,
  decisions: PurchaserDecisions = {},
): ChecklistResult {
  const { ctx, questionVisible, visibleQuestions, visibleSections, questionByKey } = resolveVisibility(
    def,
    answers,
    at.enrolment,
  );

  const evaluated = def.conditions.map((c) => evaluateCondition(c, ctx, questionByKey, questionVisible, decisions[c.key]));
  const statusByKey = new Map(evaluated.map((r) => [r.condition.key, r.status]));
  // A summary condition repeats the shortfalls of what it sums up: count each shortfall once.
  const conditions: ConditionResult[] = evaluated.map((r) => ({
    ...r,
    counted: !(r.condition.summarises ?? []).some((key) => isShortfall(statusByKey.get(key) ?? "met")),
  }));
  const required = visibleQuestions.filter((q) => q.required);
  const missingRequired = required.filter((q) => !isAnswered(answers[q.key])).map((q) => q.key);
  const answered = required.length - missingRequired.length;

  const summary: ChecklistSummary = {
    ...(Object.fromEntries(CHECKLIST_GROUPS.map((g) => [g, 0])) as Record<ChecklistGroup, number>),
    answeredRequired: answered,
    requiredVisible: required.length,
  };
  for (const r of conditions) if (r.counted) summary[groupOf(r.status, r.condition.legalClass)] += 1;

  const timeline = buildTimeline(def.procedureDates, at.today, (d) =>
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
  const rank = (r: ConditionResult) => CHECKLIST_GROUPS.indexOf(groupOf(r.status, r.condition.legalClass));
  return [...results].sort((a, b) => rank(a) - rank(b));
}
