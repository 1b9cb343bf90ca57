/**
 * Checks a questionnaire beyond its shape: every rule and visibility condition points at an
 * existing question of the right kind, keys are unique, visibility is not circular, a question
 * only has the fields of its kind, and `replaces` names only keys no question of this version has.
 * Used by the seed, the import and the editor's "publish" step alike.
 */
import type { z } from "zod";
import { hasField, kindsForOp } from "./kinds";
import {
  questionnaireSchema,
  type Question,
  type QuestionnaireDefinition,
  type Rule,
} from "./schema";
import type { Message, MessageValue } from "../i18n/message";

export interface ValidationIssue {
  /** Where: e.g. `conditions.wtza_licence.rule` or `sections.profiel.questions.region`. */
  path: string;
  /** What, as a message key (`editor.issues.*`) and its values; the page or script words it. */
  message: IssueMessage;
}

/**
 * Every problem the checks report, with the names of the values its message takes; a test holds
 * both message files to this list.
 */
export const ISSUE_VALUES = {
  unknownQuestion: ["question"],
  wrongKind: ["op", "question", "kind"],
  unknownOption: ["question", "value"],
  optionsMissing: [],
  optionsNotAllowed: [],
  optionTwice: ["value"],
  numericOnly: [],
  minAboveMax: [],
  maxLengthTextOnly: [],
  duplicateKey: ["key"],
  profileFirst: [],
  circular: ["cycle"],
  evidenceNotFile: ["question"],
  endBeforeStart: [],
  atLeast: ["minimum"],
  shape: ["detail"],
  invalidJson: ["detail"],
  careTypeFixed: [],
  replacesCurrent: ["question", "old"],
  summarisesUnknown: ["condition", "key"],
  answerWindowUnknown: ["key"],
} as const satisfies Record<string, readonly string[]>;

export type IssueMessage = Message<`editor.issues.${keyof typeof ISSUE_VALUES}`>;

export function issueMessage(name: keyof typeof ISSUE_VALUES, values?: Record<string, MessageValue>): IssueMessage {
  return { key: `editor.issues.${name}`, ...(values ? { values } : {}) };
}

export type ValidationResult =
  | { ok: true; definition: QuestionnaireDefinition }
  | { ok: false; issues: ValidationIssue[] };

/** The question keys a rule reads. */
export function ruleQuestions(rule: Rule): string[] {
  switch (rule.op) {
    case "all":
    case "any":
      return rule.rules.flatMap(ruleQuestions);
    case "not":
      return ruleQuestions(rule.rule);
    default:
      return [rule.question];
  }
}

function checkRule(rule: Rule, path: string, questions: Map<string, Question>, issues: ValidationIssue[]): void {
  if (rule.op === "all" || rule.op === "any") {
    rule.rules.forEach((r, i) => checkRule(r, `${path}.${rule.op}[${i}]`, questions, issues));
    return;
  }
  if (rule.op === "not") {
    checkRule(rule.rule, `${path}.not`, questions, issues);
    return;
  }
  const question = questions.get(rule.question);
  if (!question) {
    issues.push({
      path,
      message: issueMessage("unknownQuestion", { question: rule.question }),
    });
    return;
  }
  // The operators a kind declares (kinds.ts); the rule builder offers the same.
  if (!kindsForOp(rule.op).includes(question.kind)) {
    issues.push({
      path,
      message: issueMessage("wrongKind", { op: rule.op, question: question.key, kind: question.kind }),
    });
    return;
  }
  const values = "values" in rule ? rule.values : rule.op === "equals" || rule.op === "includes" ? [rule.value] : [];
  const known = new Set((question.options ?? []).map((o) => o.value));
  for (const value of values) {
    if (!known.has(value)) {
      issues.push({
        path,
        message: issueMessage("unknownOption", { question: question.key, value }),
      });
    }
  }
}

function checkQuestionShape(q: Question, path: string, issues: ValidationIssue[]): void {
  const isChoice = hasField(q.kind, "options");
  const isNumeric = hasField(q.kind, "range");
  if (isChoice && !q.options) {
    issues.push({ path, message: issueMessage("optionsMissing") });
  }
  if (!isChoice && q.options) {
    issues.push({
      path,
      message: issueMessage("optionsNotAllowed"),
    });
  }
  if (q.options) {
    const seen = new Set<string>();
    for (const o of q.options) {
      if (seen.has(o.value)) {
        issues.push({
          path,
          message: issueMessage("optionTwice", { value: o.value }),
        });
      }
      seen.add(o.value);
    }
  }
  if (!isNumeric && (q.min !== undefined || q.max !== undefined || q.integer !== undefined || q.unit)) {
    issues.push({
      path,
      message: issueMessage("numericOnly"),
    });
  }
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
    issues.push({ path, message: issueMessage("minAboveMax") });
  }
  if (q.maxLength !== undefined && !hasField(q.kind, "maxLength")) {
    issues.push({
      path,
      message: issueMessage("maxLengthTextOnly"),
    });
  }
}

/** Depth-first search for a cycle in "visibility of X depends on the answer to Y". */
function findVisibilityCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "visiting");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return [...dup];
}

/** Semantic checks on an already shape-valid definition. */
export function checkDefinition(def: QuestionnaireDefinition): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const questions = new Map<string, Question>();
  const allQuestions = def.sections.flatMap((s) => s.questions);

  for (const [kind, keys] of [
    ["sections", def.sections.map((s) => s.key)],
    ["questions", allQuestions.map((q) => q.key)],
    ["conditions", def.conditions.map((c) => c.key)],
    ["procedureDates", def.procedureDates.map((d) => d.key)],
  ] as const) {
    for (const key of duplicates(keys)) {
      issues.push({
        path: `${kind}.${key}`,
        message: issueMessage("duplicateKey", { key }),
      });
    }
  }
  for (const q of allQuestions) questions.set(q.key, q);

  const profileIndex = def.sections.findIndex((s) => s.profile);
  if (profileIndex > 0) {
    issues.push({
      path: `sections.${def.sections[profileIndex]!.key}`,
      message: issueMessage("profileFirst"),
    });
  }

  // Visibility edges: a question depends on what its own and its section's visibleWhen read.
  const edges = new Map<string, string[]>();
  for (const section of def.sections) {
    const sectionPath = `sections.${section.key}`;
    const sectionDeps = section.visibleWhen ? ruleQuestions(section.visibleWhen) : [];
    if (section.visibleWhen) checkRule(section.visibleWhen, `${sectionPath}.visibleWhen`, questions, issues);
    for (const q of section.questions) {
      const path = `${sectionPath}.questions.${q.key}`;
      checkQuestionShape(q, path, issues);
      for (const old of q.replaces ?? []) {
        if (!questions.has(old)) continue;
        issues.push({
          path: `${path}.replaces`,
          message: issueMessage("replacesCurrent", { question: q.key, old }),
        });
      }
      if (q.visibleWhen) checkRule(q.visibleWhen, `${path}.visibleWhen`, questions, issues);
      edges.set(q.key, [...sectionDeps, ...(q.visibleWhen ? ruleQuestions(q.visibleWhen) : [])]);
    }
  }
  const cycle = findVisibilityCycle(edges);
  if (cycle) {
    issues.push({
      path: `sections.questions.${cycle[0]}.visibleWhen`,
      message: issueMessage("circular", { cycle: cycle.join(" → ") }),
    });
  }

  for (const c of def.conditions) {
    const path = `conditions.${c.key}`;
    checkRule(c.rule, `${path}.rule`, questions, issues);
    if (c.appliesWhen) checkRule(c.appliesWhen, `${path}.appliesWhen`, questions, issues);
    if (c.evidence) {
      const q = questions.get(c.evidence.question);
      if (!q || q.kind !== "file") {
        issues.push({
          path: `${path}.evidence`,
          message: issueMessage("evidenceNotFile", { question: c.evidence.question }),
        });
      }
    }
  }

  const conditionKeys = new Set(def.conditions.map((c) => c.key));
  for (const c of def.conditions) {
    for (const key of c.summarises ?? []) {
      if (conditionKeys.has(key) && key !== c.key) continue;
      issues.push({
        path: `conditions.${c.key}.summarises`,
        message: issueMessage("summarisesUnknown", { condition: c.key, key }),
      });
    }
  }
  if (def.answerWindowCloses && !def.procedureDates.some((d) => d.key === def.answerWindowCloses)) {
    issues.push({
      path: "answerWindowCloses",
      message: issueMessage("answerWindowUnknown", { key: def.answerWindowCloses }),
    });
  }

  for (const d of def.procedureDates) {
    const path = `procedureDates.${d.key}`;
    if (d.appliesWhen) checkRule(d.appliesWhen, `${path}.appliesWhen`, questions, issues);
    if (d.when.precision === "day" && d.when.endDate) {
      const end = `${d.when.endDate}T${d.when.endTime ?? "23:59"}`;
      const start = `${d.when.date}T${d.when.time ?? "00:00"}`;
      if (end < start) {
        issues.push({
          path: `${path}.when`,
          message: issueMessage("endBeforeStart"),
        });
      }
    }
  }
  return issues;
}

/**
 * Shape problems as validation issues, with the path into the input. An empty list (a new section
 * without questions, the usual one in the editor) is said in words; other messages are zod's.
 */
export function shapeIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join("."),
    message:
      i.code === "too_small" && i.origin === "array"
        ? issueMessage("atLeast", { minimum: Number(i.minimum) })
        : issueMessage("shape", { detail: i.message }),
  }));
}

/** Parses unknown input (a file, an import, a draft) into a definition, or lists every problem. */
export function validateQuestionnaire(input: unknown): ValidationResult {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: shapeIssues(parsed.error) };
  const issues = checkDefinition(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, definition: parsed.data };
}
