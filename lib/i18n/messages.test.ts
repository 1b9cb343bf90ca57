import { describe, expect, it } from "vitest";
import nl from "../../messages/nl.json";
import en from "../../messages/en.json";

function paths(o: unknown, prefix = ""): string[] {
  if (typeof o !== "object" || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("Dutch and English have the same keys", () => {
    expect(paths(en).sort()).toEqual(paths(nl).sort());
  });
});
