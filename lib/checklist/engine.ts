/**
 * The checklist engine: where a voorwaarde is evaluated.
 *
 * Given a questionnaire, the answers (the profile answers included) and today's date, it decides
 * for every condition whether it is met, not met, not yet answered, missing its evidence or not
 * applicable, with the reason as message keys and values (the reader's page words them); counts
 * progress over the visible required questions; and puts the procedure dates on a timeline. Pure:
 * the same inputs always give the same result.
 */
import type {
  Answers,
  Condition,
  Question,
  QuestionnaireDefinition,
  Rule,
  Section,
  Severity,
} from "../questionnaire/schema";
import { ruleQuestions } from "../questionnaire/validate";
import { buildTimeline, type Timeline } from "../procedure/timeline";
import { evaluateRule, isAnswered, type RuleContext, type Truth } from "./rules";
import type { Message, MessageValue } from "../i18n/message";

export type ConditionStatus = "notMet" | "evidenceMissing" | "unanswered" | "met" | "notApplicable";

export interface ConditionResult {
  condition: Condition;
  status: ConditionStatus;
  /** Why, as one or more messages shown as one paragraph. */
  reasons: Reason[];
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
  seeCondition: [],
  isYes: ["question", "answer"],
  isNo: ["question", "answer"],
  answered: ["question"],
  fileUploaded: ["question"],
  equals: ["question", "value", "answer"],
  oneOf: ["question", "values", "answer"],
  gte: ["question", "value", "answer"],
  gt: ["question", "value", "answer"],
  lte: ["question", "value", "answer"],
  lt: ["question", "value", "answer"],
  eq: ["question", "value", "answer"],
  dateOnOrBefore: ["question", "date", "answer"],
  dateOnOrAfter: ["question", "date", "answer"],
  notOlderThan: ["question", "amount", "unit", "answer"],
  quoted: ["text"],
  number: ["value"],
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
function describeLeaf(rule: Rule, questions: Map<string, Question>, answers: Answers): Reason {
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
      return reason(rule.op, { question, value: rule.value, answer });
    case "dateOnOrBefore":
    case "dateOnOrAfter":
      return reason(rule.op, { question, date: rule.value, answer });
    case "notOlderThan":
      return reason("notOlderThan", { question, amount: rule.amount, unit: rule.unit, answer });
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
  const result = (status: ConditionStatus, ...reasons: Reason[]): ConditionResult => ({
    condition,
    status,
    reasons,
    questions: linkable,
  });

  const applies: Truth = condition.appliesWhen ? evaluateRule(condition.appliesWhen, ctx) : true;
  if (applies === false) return result("notApplicable", reason("notApplicable"));
  if (applies === "unknown") return result("unanswered", reason("profileFirst"));
  const outcome = evaluateRule(condition.rule, ctx);
  if (outcome === "unknown") return result("unanswered", reason("unanswered"));
  if (outcome === false) {
    const leaves = failingLeaves(condition.rule, ctx);
    const parts = leaves.slice(0, 3).map((leaf) => describeLeaf(leaf, questions, ctx.answers));
    return parts.length ? result("notMet", ...parts) : result("notMet", reason("notMet"));
  }
  if (condition.evidence) {
    const files = ctx.isVisible(condition.evidence.question) ? ctx.answers[condition.evidence.question] : undefined;
    if (!isAnswered(files)) return result("evidenceMissing", reason("evidenceMissing", { evidence: condition.evidence.description }));
  }
  return result("met", reason("met"));
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
