import { describe, expect, it } from "vitest";
import { findMissingQuotes, normalizeForQuote } from "./quotes";
import { fixture } from "../test/fixture";

describe("quote check", () => {
  it("ignores line breaks, spacing, case and typographic quotes", () => {
    expect(normalizeForQuote("Wij  verwachten\nvan u ‘iets’")).toBe(normalizeForQuote("wij verwachten van u 'iets'"));
  });
  it("reports quotes that are not in the document", () => {
    const doc = "Wtza 85% wij verwachten 3 maanden 24/7 combinatie 2026 status zorgvorm plan";
    expect(findMissingQuotes(fixture, doc)).toEqual([{ path: "conditions.file_only", quote: "upload" }]);
  });
});
