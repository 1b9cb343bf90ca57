/**
 * Evaluates a rule against answers with three-valued logic: true, false, or "unknown" when a
 * question it needs has not been answered (or is hidden, which counts as not answered).
 */
import type { AnswerValue, Answers, Rule } from "../questionnaire/schema";
import { addToDate } from "../dates";

export type Truth = true | false | "unknown";

export interface RuleContext {
  answers: Answers;
  /** Keys of questions currently visible; answers to hidden questions do not count. */
  isVisible: (questionKey: string) => boolean;
  /**
   * The moment of enrolment as YYYY-MM-DD (Europe/Amsterdam): what a "notOlderThan" with reference
   * "enrolment" counts back from. Never "the day someone looks" (see reference.ts).
   */
  enrolment: string;
}

export function isAnswered(value: AnswerValue | null | undefined): value is AnswerValue {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "number") return Number.isFinite(value);
  return true;
}

function answerOf(ctx: RuleContext, key: string): AnswerValue | undefined {
  if (!ctx.isVisible(key)) return undefined;
  const value = ctx.answers[key];
  return isAnswered(value) ? value : undefined;
}

/** The threshold as written: `value`, or exactly value/denominator, compared without rounding. */
function compare(answer: number, rule: { value: number; denominator?: number }): number {
  return answer * (rule.denominator ?? 1) - rule.value;
}

export function evaluateRule(rule: Rule, ctx: RuleContext): Truth {
  switch (rule.op) {
    case "all": {
      const results = rule.rules.map((r) => evaluateRule(r, ctx));
      if (results.includes(false)) return false;
      return results.every((r) => r === true) ? true : "unknown";
    }
    case "any": {
      const results = rule.rules.map((r) => evaluateRule(r, ctx));
      if (results.includes(true)) return true;
      return results.every((r) => r === false) ? false : "unknown";
    }
    case "not": {
      const r = evaluateRule(rule.rule, ctx);
      return r === "unknown" ? r : !r;
    }
    case "fileUploaded": {
      // A missing upload is a definite "no", not an unanswered question.
      const v = answerOf(ctx, rule.question);
      return Array.isArray(v) && v.length > 0;
    }
    default:
      break;
  }
  const value = answerOf(ctx, rule.question);
  if (value === undefined) return "unknown";
  switch (rule.op) {
    case "answered":
      return true;
    case "isYes":
      return value === true;
    case "isNo":
      return value === false;
    case "equals":
      return value === rule.value;
    case "oneOf":
      return typeof value === "string" && rule.values.includes(value);
    case "includes":
      return Array.isArray(value) && value.includes(rule.value);
    case "includesAny":
      return Array.isArray(value) && rule.values.some((v) => value.includes(v));
    case "gte":
      return typeof value === "number" && compare(value, rule) >= 0;
    case "gt":
      return typeof value === "number" && compare(value, rule) > 0;
    case "lte":
      return typeof value === "number" && compare(value, rule) <= 0;
    case "lt":
      return typeof value === "number" && compare(value, rule) < 0;
    case "eq":
      return typeof value === "number" && compare(value, rule) === 0;
    case "dateOnOrBefore":
      return typeof value === "string" && value <= rule.value;
    case "dateBefore":
      return typeof value === "string" && value < rule.value;
    case "dateOnOrAfter":
      return typeof value === "string" && value >= rule.value;
    case "dateAfter":
      return typeof value === "string" && value > rule.value;
    case "notOlderThan": {
      const reference = rule.reference === "enrolment" ? ctx.enrolment : rule.reference;
      return typeof value === "string" && value >= addToDate(reference, -rule.amount, rule.unit);
    }
  }
}
