import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import { ANSWER_COLUMNS, answersCsv, dateTimeNL, QUEUE_COLUMNS, queueCsv, type CsvLabels, type QueueRow } from "./export";

const labels: CsvLabels = {
  columns: Object.fromEntries([...QUEUE_COLUMNS, ...ANSWER_COLUMNS].map((c) => [c, c.toUpperCase()])) as CsvLabels["columns"],
  status: { SUBMITTED: "Ingediend", IN_REVIEW: "In beoordeling", CHANGES_REQUESTED: "Aanpassing gevraagd", APPROVED: "Goedgekeurd", REJECTED: "Afgewezen" },
  verdict: { ACCEPTED: "Akkoord", NEEDS_CHANGE: "Aanpassing nodig" },
};

const row: QueueRow = {
  id: "sub1",
  organisation: { name: "Zorggroep Ëlst; Noord", kvkNumber: "12345678", agbCode: null, region: "t_gooi" },
  careType: { key: "testzorg", name: { nl: "Coördinatiefunctie", en: "Coordination" } },
  versionNumber: 2,
  status: "IN_REVIEW",
  revision: 3,
  submittedAt: new Date("2026-03-29T23:30:00Z"),
  unmetHard: 2,
  unmetPayment: 1,
  adviceNotMet: 3,
  awaitingDecision: 4,
  evidenceMissing: 0,
  answeredRequired: 10,
  requiredVisible: 12,
  nextDeadline: "2026-05-01",
};

const lines = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("the queue export", () => {
  it("writes one row per submission in the user's language, dates in Dutch time", () => {
    const [header, first] = lines(queueCsv([row], labels, "nl"));
    expect(header).toBe("ORGANISATION;KVKNUMBER;AGBCODE;REGION;CARETYPE;VERSION;STATUS;SUBMITTEDAT;UNMETHARD;UNMETPAYMENT;ADVICENOTMET;AWAITINGDECISION;EVIDENCEMISSING;ANSWEREDREQUIRED;NEXTDEADLINE;ID");
    expect(first).toBe(`"Zorggroep Ëlst; Noord";12345678;;'t Gooi;Coördinatiefunctie;2;In beoordeling;2026-03-30 01:30;2;1;3;4;0;10/12;1 mei 2026;sub1`);
    expect(lines(queueCsv([row], labels, "en"))[1]).toContain(";Coordination;");
    expect(lines(queueCsv([row], labels, "en"))[1]).toContain(";1 May 2026;");
  });

  it("reads a Dutch clock in summer time too", () => {
    expect(dateTimeNL(new Date("2026-07-01T10:05:00Z"))).toBe("2026-07-01 12:05");
  });
});

describe("the answers export", () => {
  it("writes one row per visible question with the answer in words and its latest review, neutralising formulas", () => {
    const csv = answersCsv(
      [
        {
          row,
          definition: fixture,
          answers: { contract_status: "new", sub_types: ["grz"], wtza: true, wtza_file: ["f1"], coverage: 80.5, plan: "=1+1", elv_247: false },
          fileNames: { f1: "vergunning.pdf" },
          reviews: { coverage: { verdict: "NEEDS_CHANGE", comment: "Graag \"actueel\"" } },
          moment: { today: "2026-01-15", enrolment: "2026-01-15" },
        },
      ],
      labels,
      "nl",
    );
    const [header, ...rest] = lines(csv);
    expect(header).toBe("ORGANISATION;KVKNUMBER;CARETYPE;STATUS;SECTION;QUESTIONKEY;QUESTION;ANSWER;VERDICT;COMMENT;ID");
    // The ELV section is hidden for "grz": its answer is left out. (Field 6: the quoted name holds a semicolon.)
    expect(rest.map((l) => l.split(";")[6])).toEqual(["contract_status", "sub_types", "wtza", "wtza_file", "beds", "coverage", "kvk_date", "start_date", "plan", "name"]);
    expect(rest.find((l) => l.includes(";coverage;"))).toBe(
      `"Zorggroep Ëlst; Noord";12345678;Coördinatiefunctie;In beoordeling;Algemeen;coverage;Bezetting;80,5%;Aanpassing nodig;"Graag ""actueel""";sub1`,
    );
    expect(rest.find((l) => l.includes(";wtza_file;"))).toContain(";vergunning.pdf;");
    expect(rest.find((l) => l.includes(";plan;"))).toContain(";'=1+1;");
    expect(rest.find((l) => l.includes(";beds;"))).toContain(";— niet beantwoord —;;;");
  });
});
