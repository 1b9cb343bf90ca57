/**
 * The editor's rule builder works on a tree of form values (strings, as inputs hold them) that may be
 * incomplete while the administrator builds it; `nodeToRule` turns a finished tree into a Rule or
 * lists what is still missing, per node. Operators offered per question kind are those the kind
 * declares (kinds.ts), which the validator accepts.
 * Pure and browser-safe. Problem messages are i18n keys under `editor.rule.problems.*`.
 */
import { isCalendarDate } from "../dates";
import { KINDS, type LeafOp } from "./kinds";
import { LEAF_OPS, type Question, type QuestionKind, type Rule } from "./schema";

export { LEAF_OPS, type LeafOp };
export const AGE_UNITS = ["days", "months", "years"] as const;
export type AgeUnit = (typeof AGE_UNITS)[number];

export interface LeafNode {
  type: "leaf";
  question: string;
  op: LeafOp | "";
  value: string;
  values: string[];
  amount: string;
  unit: AgeUnit;
  /** What "notOlderThan" counts back from: "enrolment" or a fixed YYYY-MM-DD. */
  reference: string;
}
export interface GroupNode {
  type: "group";
  op: "all" | "any";
  children: RuleNode[];
}
export interface NotNode {
  type: "not";
  child: RuleNode;
}
export type RuleNode = LeafNode | GroupNode | NotNode;

/** What each operator needs besides the question. */
export type OperandShape = "none" | "option" | "options" | "number" | "date" | "age";
export function operandOf(op: LeafOp): OperandShape {
  switch (op) {
    case "isYes":
    case "isNo":
    case "answered":
    case "fileUploaded":
      return "none";
    case "equals":
    case "includes":
      return "option";
    case "oneOf":
    case "includesAny":
      return "options";
    case "dateOnOrBefore":
    case "dateOnOrAfter":
    case "dateBefore":
    case "dateAfter":
      return "date";
    case "notOlderThan":
      return "age";
    default:
      return "number";
  }
}

/** The operators a question kind declares, in the builder's order. */
export function opsForKind(kind: QuestionKind): LeafOp[] {
  return LEAF_OPS.filter((op) => KINDS[kind].ops.includes(op));
}

export function emptyLeaf(question = "", op: LeafOp | "" = ""): LeafNode {
  return { type: "leaf", question, op, value: "", values: [], amount: "", unit: "months", reference: "enrolment" };
}

export function ruleToNode(rule: Rule): RuleNode {
  switch (rule.op) {
    case "all":
    case "any":
      return { type: "group", op: rule.op, children: rule.rules.map(ruleToNode) };
    case "not":
      return { type: "not", child: ruleToNode(rule.rule) };
    case "oneOf":
    case "includesAny":
      return { ...emptyLeaf(rule.question, rule.op), values: [...rule.values] };
    case "notOlderThan":
      return { ...emptyLeaf(rule.question, rule.op), amount: String(rule.amount), unit: rule.unit, reference: rule.reference };
    case "isYes":
    case "isNo":
    case "answered":
    case "fileUploaded":
      return emptyLeaf(rule.question, rule.op);
    case "gte":
    case "gt":
    case "lte":
    case "lt":
    case "eq":
      return { ...emptyLeaf(rule.question, rule.op), value: rule.denominator ? `${rule.value}/${rule.denominator}` : String(rule.value) };
    default:
      return { ...emptyLeaf(rule.question, rule.op), value: rule.value };
  }
}

export interface RuleProblem {
  /** Node path: child indices from the root joined by ".", "" for the root. */
  path: string;
  message: string;
}

/** Accepts "85", "85.5" and the Dutch "85,5". */
export function parseNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export type NodeResult = { ok: true; rule: Rule } | { ok: false; problems: RuleProblem[] };

/**
 * A finished rule, or every problem: a leaf without question, an operator the question's kind does
 * not support, a missing or unknown option, a number or date that is not one, an empty group.
 */
export function nodeToRule(node: RuleNode, questions: ReadonlyMap<string, Question>, path = ""): NodeResult {
  const sub = (i: number) => (path === "" ? String(i) : `${path}.${i}`);
  if (node.type === "group") {
    if (!node.children.length) return { ok: false, problems: [{ path, message: "emptyGroup" }] };
    const results = node.children.map((c, i) => nodeToRule(c, questions, sub(i)));
    const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
    if (problems.length) return { ok: false, problems };
    return { ok: true, rule: { op: node.op, rules: results.map((r) => (r as { rule: Rule }).rule) } };
  }
  if (node.type === "not") {
    const r = nodeToRule(node.child, questions, sub(0));
    return r.ok ? { ok: true, rule: { op: "not", rule: r.rule } } : r;
  }
  const fail = (message: string): NodeResult => ({ ok: false, problems: [{ path, message }] });
  const q = questions.get(node.question);
  if (!node.question) return fail("question");
  if (!q) return fail("unknownQuestion");
  if (!node.op || !KINDS[q.kind].ops.includes(node.op)) return fail("operator");
  const { op, question } = node;
  const options = new Set((q.options ?? []).map((o) => o.value));
  switch (operandOf(op)) {
    case "none":
      return { ok: true, rule: { op, question } as Rule };
    case "option":
      return options.has(node.value) ? { ok: true, rule: { op, question, value: node.value } as Rule } : fail("option");
    case "options": {
      const values = node.values.filter((v) => options.has(v));
      return values.length && values.length === node.values.length
        ? { ok: true, rule: { op, question, values } as Rule }
        : fail("options");
    }
    case "number": {
      // "200/3": an exact fraction ("tweederde" of 100%), kept as written rather than rounded.
      const [top = "", bottom, ...rest] = node.value.split("/");
      const value = parseNumber(top);
      const denominator = bottom === undefined ? undefined : parseNumber(bottom);
      if (value === null || rest.length || denominator === null || (denominator !== undefined && !(Number.isInteger(denominator) && denominator > 0))) return fail("number");
      return { ok: true, rule: { op, question, value, ...(denominator ? { denominator } : {}) } as Rule };
    }
    case "date":
      return isCalendarDate(node.value) ? { ok: true, rule: { op, question, value: node.value } as Rule } : fail("date");
    case "age": {
      const amount = parseNumber(node.amount);
      return amount !== null && Number.isInteger(amount) && amount > 0
        ? { ok: true, rule: { op: "notOlderThan", question, amount, unit: node.unit, reference: node.reference === "enrolment" || isCalendarDate(node.reference) ? node.reference : "enrolment" } }
        : fail("amount");
    }
  }
}

/** Keeps what still makes sense when the leaf's question changes: the operator if the new kind has it. */
export function withQuestion(leaf: LeafNode, question: Question | undefined): LeafNode {
  const ops = question ? opsForKind(question.kind) : [];
  const op = leaf.op && ops.includes(leaf.op) ? leaf.op : (ops[0] ?? "");
  const sameQuestion = question?.key === leaf.question;
  return { ...emptyLeaf(question?.key ?? "", op), ...(sameQuestion ? { value: leaf.value, values: leaf.values, amount: leaf.amount, unit: leaf.unit, reference: leaf.reference } : {}) };
}
