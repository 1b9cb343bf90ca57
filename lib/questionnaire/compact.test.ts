import { describe, expect, it } from "vitest";
import { compact } from "./compact";

describe("compact", () => {
  it("drops null and undefined fields, keeps false, 0, empty strings and nested values", () => {
    expect(compact({ a: 1, b: null, c: undefined, d: false, e: 0, f: "", g: { h: null } })).toEqual({ a: 1, d: false, e: 0, f: "", g: { h: null } });
    expect(Object.keys(compact({ a: undefined }))).toEqual([]);
  });
});
