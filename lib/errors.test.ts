import { describe, expect, it } from "vitest";
import { APP_ERROR_STATUS, AppError, isAppError } from "./errors";
import nl from "@/messages/nl.json";
import en from "@/messages/en.json";

describe("AppError", () => {
  it("maps each kind to one HTTP status and one message key", () => {
    expect(new AppError("notFound").status).toBe(404);
    expect(new AppError("forbidden").status).toBe(403);
    expect(new AppError("notEditable").status).toBe(409);
    expect(new AppError("tooLarge").messageKey).toBe("errors.tooLarge");
  });

  it("has wording for every kind in both languages", () => {
    for (const kind of Object.keys(APP_ERROR_STATUS)) {
      expect(nl.errors).toHaveProperty(kind);
      expect(en.errors).toHaveProperty(kind);
    }
  });

  it("is recognised by kind", () => {
    const e = new AppError("conflict");
    expect(isAppError(e)).toBe(true);
    expect(isAppError(e, "conflict", "notFound")).toBe(true);
    expect(isAppError(e, "notFound")).toBe(false);
    expect(isAppError(new Error("conflict"))).toBe(false);
  });
});
