/**
 * The checklist engine: where a voorwaarde is evaluated.
 *
 * Given a questionnaire, the answers (the profile answers included), the moment of enrolment that
 * time-dependent rules count from (reference.ts) and the purchaser's decisions on exceptions, it
 * decides for every condition whether it is met, not met, not yet answered, missing its evidence,
 * awaiting the purchaser's decision or not applicable, with the reason as message keys and values
 * (the reader's page words them); counts the shortfalls per legal class; counts progress over the
 * visible required questions; and puts the procedure dates on a timeline relative to today. Pure:
 * the same inputs always give the same result.
 */
import type {
  Answers,
  Condition,
  LegalClass,
  Question,
  QuestionnaireDefinition,
  Rule,
  Section,
} from "../questionnaire/schema";
import { ruleQuestions } from "../questionnaire/validate";
import { buildTimeline, type Timeline } from "../procedure/timeline";
import { evaluateRule, isAnswered, type RuleContext, type Truth } from "./rules";
import type { Message, MessageValue } from "../i18n/message";

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
  /** Why, as one or more messages shown as one paragraph. */
  reasons: Reason[];
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

/**
 * Every reason the engine can give, with the names of the values its message takes. The messages
 * live under `checklist.reason` in the message files; a test holds both files to this list.
 */
export const REASON_VALUES = {
  notApplicable: [],
  profileFirst: [],
  unanswered: [],
  notMet: [],
  met: [],
  evidenceMissing: ["evidence"],
  awaitingDecision: [],
  granted: ["reason"],
  refused: ["reason"],
  seeCondition: [],
  isYes: ["question", "answer"],
  isNo: ["question", "answer"],
  answered: ["question"],
  fileUploaded: ["question"],
  equals: ["question", "value", "answer"],
  oneOf: ["question", "values", "answer"],
  gte: ["question", "limit", "answer"],
  gt: ["question", "limit", "answer"],
  lte: ["question", "limit", "answer"],
  lt: ["question", "limit", "answer"],
  eq: ["question", "limit", "answer"],
  dateOnOrBefore: ["question", "date", "answer"],
  dateBefore: ["question", "date", "answer"],
  dateOnOrAfter: ["question", "date", "answer"],
  dateAfter: ["question", "date", "answer"],
  notOlderThan: ["question", "amount", "unit", "reference", "answer"],
  atEnrolment: ["date"],
  onDate: ["date"],
  quoted: ["text"],
  number: ["value"],
  fraction: ["value", "denominator"],
  noAnswer: [],
  yes: [],
  no: [],
} as const satisfies Record<string, readonly string[]>;

export type ReasonName = keyof typeof REASON_VALUES;
export type ReasonKey = `checklist.reason.${ReasonName}`;
/** A reason as a message key and its values, never a sentence: the page, PDF or export words it. */
export type Reason = Message<ReasonKey>;

const reason = (name: ReasonName, values?: Record<string, MessageValue>): Reason => ({
  key: `checklist.reason.${name}`,
  ...(values ? { values } : {}),
});

/** An answer as the reader should see it: option labels from the questionnaire, yes/no and "no answer" as messages. */
function answerValue(q: Question | undefined, v: unknown): MessageValue {
  if (v === undefined || v === null) return reason("noAnswer");
  if (typeof v === "boolean") return reason(v ? "yes" : "no");
  // Through a message, so the number is written the reader's way ("70,5" in Dutch).
  if (typeof v === "number") return reason("number", { value: v });
  const label = (value: string): MessageValue => q?.options?.find((o) => o.value === value)?.label ?? value;
  if (Array.isArray(v)) return v.map((x) => label(String(x)));
  return label(String(v));
}

/** What a single rule leaf demands, for the "why not met" line. */
function describeLeaf(rule: Rule, questions: Map<string, Question>, answers: Answers, enrolment: string): Reason {
  if (rule.op === "all" || rule.op === "any" || rule.op === "not") return reason("seeCondition");
  const q = questions.get(rule.question);
  const question = q?.label ?? rule.question;
  const answer = answerValue(q, answers[rule.question]);
  switch (rule.op) {
    case "isYes":
    case "isNo":
      return reason(rule.op, { question, answer });
    case "answered":
    case "fileUploaded":
      return reason(rule.op, { question });
    case "equals":
    case "includes":
      return reason("equals", { question, value: answerValue(q, rule.value), answer });
    case "oneOf":
    case "includesAny":
      return reason("oneOf", { question, values: rule.values.map((v) => reason("quoted", { text: answerValue(q, v) })), answer });
    case "gte":
    case "gt":
    case "lte":
    case "lt":
    case "eq":
      // A fraction ("tweederde") is shown as written, never as a rounded decimal.
      return reason(rule.op, {
        question,
        limit: rule.denominator ? reason("fraction", { value: rule.value, denominator: rule.denominator }) : reason("number", { value: rule.value }),
        answer,
      });
    case "dateOnOrBefore":
    case "dateBefore":
    case "dateOnOrAfter":
    case "dateAfter":
      return reason(rule.op, { question, date: rule.value, answer });
    case "notOlderThan": {
      const reference = rule.reference === "enrolment" ? reason("atEnrolment", { date: enrolment }) : reason("onDate", { date: rule.reference });
      return reason("notOlderThan", { question, amount: rule.amount, unit: rule.unit, reference, answer });
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
  const result = (status: ConditionStatus, ...reasons: Reason[]) => ({ condition, status, reasons, questions: linkable });

  const applies: Truth = condition.appliesWhen ? evaluateRule(condition.appliesWhen, ctx) : true;
  if (applies === false) return result("notApplicable", reason("notApplicable"));
  if (applies === "unknown") return result("unanswered", reason("profileFirst"));
  const outcome = evaluateRule(condition.rule, ctx);
  if (outcome === "unknown") return result("unanswered", reason("unanswered"));
  if (outcome === false) {
    const leaves = failingLeaves(condition.rule, ctx);
    const parts = leaves.slice(0, 3).map((leaf) => describeLeaf(leaf, questions, ctx.answers, ctx.enrolment));
    return parts.length ? result("notMet", ...parts) : result("notMet", reason("notMet"));
  }
  // Proof is asked only on the branch that shows its upload question, and only when the policy requires it.
  const evidence = condition.evidence;
  if (evidence?.required && questionVisible(evidence.question) && !isAnswered(ctx.answers[evidence.question])) {
    return result("evidenceMissing", reason("evidenceMissing", { evidence: evidence.description }));
  }
  if (condition.legalClass === "purchaserDecides") {
    // The provider's claim does not meet it: the purchaser grants or refuses the exception.
    if (!decision) return result("awaitingDecision", reason("awaitingDecision"));
    return decision.granted ? result("met", reason("granted", { reason: decision.reason })) : result("notMet", reason("refused", { reason: decision.reason }));
  }
  return result("met", reason("met"));
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
