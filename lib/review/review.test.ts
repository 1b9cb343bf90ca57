import { describe, expect, it } from "vitest";
import { changedAnswers } from "./changes";
import { DEFAULT_QUEUE_QUERY, pageCount, parseQueueQuery, queueSearch, searchTerms, statusesFor } from "./queue";
import { answerReviewSchema, decisionSchema, isReviewable, openChangeRequests } from "./workflow";

describe("the queue's URL query", () => {
  it("gives the defaults for an empty URL: open submissions, oldest first, 25 a page", () => {
    const { query, errors } = parseQueueQuery({});
    expect(query).toEqual(DEFAULT_QUEUE_QUERY);
    expect(errors).toEqual({});
    expect(statusesFor(query.status)).toEqual(["SUBMITTED", "IN_REVIEW"]);
  });

  it("reads every filter, sort and page", () => {
    const { query } = parseQueueQuery({
      q: "  De Linde ",
      careType: "wlz_ggz",
      status: "APPROVED",
      region: "utrecht",
      unmet: "yes",
      from: "2026-01-01",
      to: "2026-01-31",
      sort: "deadline",
      dir: "desc",
      page: "3",
      size: "100",
    });
    expect(query).toEqual({
      q: "De Linde",
      careType: "wlz_ggz",
      status: "APPROVED",
      region: "utrecht",
      unmet: "yes",
      from: "2026-01-01",
      to: "2026-01-31",
      sort: "deadline",
      dir: "desc",
      page: 3,
      size: 100,
    });
  });

  it("falls back to defaults for tampered values, never to drafts", () => {
    const { query } = parseQueueQuery({ status: "DRAFT", sort: "password", dir: "up", page: "-1", size: "1000000", region: "mars", careType: "A;DROP" });
    expect(query.status).toBe("open");
    expect(query.sort).toBe("submitted");
    expect(query.dir).toBe("asc");
    expect(query.page).toBe(1);
    expect(query.size).toBe(25);
    expect(query.region).toBe("");
    expect(query.careType).toBe("");
    expect(statusesFor("all")).not.toContain("DRAFT");
  });

  it("reports impossible dates and a period that ends before it starts, keeping what was typed", () => {
    const bad = parseQueueQuery({ from: "2026-02-30", to: "morgen" });
    expect(bad.errors).toEqual({ from: "review.errors.date", to: "review.errors.date" });
    expect(bad.query.from).toBe("");
    expect(bad.input.to).toBe("morgen");
    const reversed = parseQueueQuery({ from: "2026-03-01", to: "2026-02-01" });
    expect(reversed.errors).toEqual({ to: "review.errors.dateOrder" });
    expect(reversed.query.from).toBe("2026-03-01");
    expect(reversed.query.to).toBe("");
  });

  it("takes the first of repeated parameters", () => {
    expect(parseQueueQuery({ status: ["REJECTED", "APPROVED"] }).query.status).toBe("REJECTED");
  });

  it("writes links without defaults, with changes applied", () => {
    const { query } = parseQueueQuery({ q: "Ëlst & co", page: "2" });
    expect(queueSearch(query)).toBe("?q=%C3%8Blst+%26+co&page=2");
    expect(queueSearch(query, { page: 1, sort: "organisation" })).toBe("?q=%C3%8Blst+%26+co&sort=organisation");
    expect(queueSearch(DEFAULT_QUEUE_QUERY)).toBe("");
  });

  it("searches KvK numbers by their leading digits", () => {
    expect(searchTerms("1234 5678")).toEqual({ name: "1234 5678", kvkPrefix: "12345678" });
    expect(searchTerms("Linde")).toEqual({ name: "Linde", kvkPrefix: null });
  });

  it("counts pages, at least one", () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});

describe("the review workflow", () => {
  it("lets officers act only on submissions waiting for them", () => {
    expect(isReviewable("SUBMITTED")).toBe(true);
    expect(isReviewable("IN_REVIEW")).toBe(true);
    for (const s of ["DRAFT", "CHANGES_REQUESTED", "APPROVED", "REJECTED"]) expect(isReviewable(s)).toBe(false);
  });

  it("needs a reason to reject", () => {
    const r = decisionSchema(false).safeParse({ decision: "reject", message: "   " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["message"], message: "review.errors.reasonRequired" });
    expect(decisionSchema(false).safeParse({ decision: "reject", message: "Geen Wtza-vergunning." }).success).toBe(true);
  });

  it("needs a message to request changes, unless answers are marked as needing change", () => {
    expect(decisionSchema(false).safeParse({ decision: "requestChanges", message: "" }).error?.issues[0]?.message).toBe("review.errors.changesRequired");
    expect(decisionSchema(true).safeParse({ decision: "requestChanges", message: "" }).success).toBe(true);
  });

  it("approves without a message and refuses unknown decisions and overlong messages", () => {
    expect(decisionSchema(false).safeParse({ decision: "approve", message: "" }).success).toBe(true);
    expect(decisionSchema(false).safeParse({ decision: "delete", message: "" }).error?.issues[0]?.message).toBe("review.errors.decision");
    expect(decisionSchema(false).safeParse({ decision: "approve", message: "x".repeat(5001) }).error?.issues[0]?.message).toBe("review.errors.tooLong");
  });

  it("needs a comment on an answer that must change", () => {
    expect(answerReviewSchema.safeParse({ questionKey: "wtza", verdict: "NEEDS_CHANGE", comment: " " }).error?.issues[0]?.message).toBe("review.errors.commentRequired");
    expect(answerReviewSchema.safeParse({ questionKey: "wtza", verdict: "ACCEPTED", comment: "" }).success).toBe(true);
    expect(answerReviewSchema.safeParse({ questionKey: "../x", verdict: "ACCEPTED", comment: "" }).success).toBe(false);
  });
});

describe("open change requests", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
  it("counts an answer whose latest verdict in this round is 'needs change'", () => {
    const notes = [
      { questionKey: "a", verdict: "NEEDS_CHANGE" as const, createdAt: at(5) },
      { questionKey: "b", verdict: "NEEDS_CHANGE" as const, createdAt: at(6) },
      { questionKey: "b", verdict: "ACCEPTED" as const, createdAt: at(7) },
      { questionKey: "c", verdict: "NEEDS_CHANGE" as const, createdAt: at(1) },
      { questionKey: null, verdict: null, createdAt: at(8) },
    ];
    expect(openChangeRequests(notes, at(2))).toEqual(["a"]);
    expect(openChangeRequests(notes, null).sort()).toEqual(["a", "c"]);
  });
});

describe("what changed since the last review", () => {
  it("lists the answers that differ, in questionnaire order", () => {
    const before = { a: 1, b: true, c: "tekst", d: ["x", "y"], e: null };
    const after = { a: 2, b: true, c: "tekst", d: ["y", "x"], f: "nieuw" };
    expect(changedAnswers(before, after, ["f", "a", "b"])).toEqual(["f", "a"]);
  });

  it("treats a missing, null, empty or blank answer as no answer", () => {
    expect(changedAnswers({ a: null, b: [], c: " " }, { d: undefined })).toEqual([]);
    expect(changedAnswers({ a: "x" }, {})).toEqual(["a"]);
  });

  it("tells a number from the same text and false from no answer", () => {
    expect(changedAnswers({ a: 1, b: false }, { a: "1", b: null })).toEqual(["a", "b"]);
  });
});
