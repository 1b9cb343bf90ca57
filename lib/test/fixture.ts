/** A small questionnaire that exercises every question kind and rule operator, for unit tests. */
import type { QuestionnaireInput } from "../questionnaire/schema";
import { questionnaireSchema } from "../questionnaire/schema";

const t = (nl: string, en = nl) => ({ nl, en });
const src = { section: "Voorwaarden" };
const basis = { heading: "Voorwaarden" };

export const fixtureInput: QuestionnaireInput = {
  formatVersion: 3,
  careType: { key: "testzorg", name: t("Testzorg", "Test care") },
  title: t("Testvragenlijst"),
  insurer: "Test",
  policyPeriod: "2026",
  document: { file: "test.txt", title: "Test" },
  sections: [
    {
      key: "profiel",
      profile: true,
      title: t("Profiel"),
      questions: [
        {
          key: "contract_status",
          kind: "singleChoice",
          label: t("Contractstatus"),
          options: [
            { value: "existing", label: t("Bestaand") },
            { value: "new", label: t("Nieuw") },
          ],
        },
        {
          key: "sub_types",
          kind: "multipleChoice",
          label: t("Zorgvormen"),
          options: [
            { value: "elv", label: t("ELV") },
            { value: "grz", label: t("GRZ") },
          ],
        },
      ],
    },
    {
      key: "algemeen",
      title: t("Algemeen"),
      questions: [
        { key: "wtza", kind: "yesNo", label: t("Heeft u een Wtza-vergunning?") },
        { key: "wtza_file", kind: "file", label: t("Wtza-vergunning"), required: false },
        { key: "beds", kind: "number", label: t("Aantal bedden"), min: 0, integer: true },
        { key: "coverage", kind: "percentage", label: t("Bezetting"), min: 0, max: 100 },
        { key: "kvk_date", kind: "date", label: t("Datum KvK-uittreksel") },
        { key: "start_date", kind: "date", label: t("Startdatum"), required: false },
        { key: "plan", kind: "longText", label: t("Plan"), required: false },
        { key: "name", kind: "shortText", label: t("Contactpersoon"), required: false },
      ],
    },
    {
      key: "elv",
      title: t("ELV"),
      visibleWhen: { op: "includes", question: "sub_types", value: "elv" },
      questions: [
        { key: "elv_247", kind: "yesNo", label: t("24/7 verpleegkundige aanwezig?") },
        {
          key: "elv_detail",
          kind: "shortText",
          label: t("Toelichting"),
          visibleWhen: { op: "isNo", question: "elv_247" },
        },
      ],
    },
  ],
  conditions: [
    {
      key: "wtza",
      text: t("Wtza-vergunning"),
      legalClass: "contract",
      basis,
      rule: { op: "isYes", question: "wtza" },
      evidence: { question: "wtza_file", description: t("de vergunning") },
      source: { ...src, quote: "Wtza" },
    },
    {
      key: "coverage_85",
      text: t("85% bezetting"),
      legalClass: "contract",
      basis,
      rule: { op: "gte", question: "coverage", value: 85 },
      source: { ...src, quote: "85%" },
    },
    {
      key: "beds_wish",
      text: t("Wij verwachten meer dan 10 bedden"),
      legalClass: "advice",
      basis,
      rule: { op: "gt", question: "beds", value: 10 },
      source: { ...src, quote: "wij verwachten" },
    },
    {
      key: "kvk_recent",
      text: t("KvK-uittreksel niet ouder dan 3 maanden"),
      legalClass: "contract",
      basis,
      audience: t("Alleen nieuwe aanbieders"),
      appliesWhen: { op: "equals", question: "contract_status", value: "new" },
      rule: { op: "notOlderThan", question: "kvk_date", amount: 3, unit: "months", reference: "enrolment" },
      source: { ...src, quote: "3 maanden" },
    },
    {
      key: "elv_nurse",
      text: t("24/7 verpleegkundige"),
      legalClass: "contract",
      basis,
      appliesWhen: { op: "includes", question: "sub_types", value: "elv" },
      rule: { op: "isYes", question: "elv_247" },
      source: { ...src, quote: "24/7" },
    },
    {
      key: "combo",
      text: t("Combinatie"),
      legalClass: "contract",
      basis,
      rule: {
        op: "any",
        rules: [
          { op: "all", rules: [{ op: "lte", question: "beds", value: 5 }, { op: "lt", question: "coverage", value: 50 }] },
          { op: "not", rule: { op: "eq", question: "beds", value: 0 } },
        ],
      },
      source: { ...src, quote: "combinatie" },
    },
    {
      key: "start_window",
      text: t("Start in 2026"),
      legalClass: "contract",
      basis,
      rule: {
        op: "all",
        rules: [
          { op: "dateOnOrAfter", question: "start_date", value: "2026-01-01" },
          { op: "dateOnOrBefore", question: "start_date", value: "2026-12-31" },
        ],
      },
      source: { ...src, quote: "2026" },
    },
    {
      key: "status_known",
      text: t("Status bekend"),
      legalClass: "contract",
      basis,
      rule: { op: "oneOf", question: "contract_status", values: ["existing", "new"] },
      source: { ...src, quote: "status" },
    },
    {
      key: "any_subtype",
      text: t("Een zorgvorm"),
      legalClass: "contract",
      basis,
      rule: { op: "includesAny", question: "sub_types", values: ["elv", "grz"] },
      source: { ...src, quote: "zorgvorm" },
    },
    {
      key: "plan_given",
      text: t("Plan aanwezig"),
      legalClass: "advice",
      basis,
      rule: { op: "answered", question: "plan" },
      source: { ...src, quote: "plan" },
    },
    {
      key: "file_only",
      text: t("Vergunning geüpload"),
      legalClass: "contract",
      basis,
      rule: { op: "fileUploaded", question: "wtza_file" },
      source: { ...src, quote: "upload" },
    },
  ],
  procedureDates: [
    {
      key: "publication",
      when: { precision: "day", date: "2025-04-01" },
      event: t("Publicatie"),
      actor: "insurer",
      source: src,
    },
    {
      key: "questions",
      when: { precision: "day", date: "2025-05-15", time: "12:00" },
      event: t("Vragen stellen"),
      actor: "provider",
      source: src,
    },
    {
      key: "offer",
      when: { precision: "month", month: "2025-08", qualifier: "medio" },
      event: t("Offerte"),
      actor: "insurer",
      source: src,
    },
    {
      key: "registration_window",
      when: { precision: "day", date: "2025-06-01", endDate: "2025-06-30" },
      event: t("Aanmelden nieuwe aanbieders"),
      actor: "provider",
      appliesWhen: { op: "equals", question: "contract_status", value: "new" },
      source: src,
    },
    { key: "contract", when: { precision: "year", year: 2026 }, event: t("Contract"), actor: "both", source: src },
  ],
};

export const fixture = questionnaireSchema.parse(fixtureInput);
