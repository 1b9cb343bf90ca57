import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin";

const base = { host: "portal.example.nl", publicOrigin: "https://portal.example.nl" };

describe("isCrossSiteWrite", () => {
  it("refuses a write from another site, a sibling subdomain or an opaque origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(isCrossSiteWrite({ ...base, method, origin: "https://evil.example" }), method).toBe(true);
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "https://evil.portal.example.nl" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "null" })).toBe(true);
  });

  it("lets through reads, same-origin writes, the public origin behind a proxy, and requests without Origin", () => {
    expect(isCrossSiteWrite({ ...base, method: "GET", origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "POST", origin: "https://portal.example.nl" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, host: "10.0.0.5:3000", method: "POST", origin: "https://portal.example.nl" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, host: "localhost:3000", publicOrigin: "http://localhost:3000", method: "PUT", origin: "http://localhost:3000" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "DELETE", origin: null })).toBe(false);
  });
});
