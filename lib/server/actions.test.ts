import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { refuseAppError } from "./actions";

describe("refuseAppError", () => {
  const refusals = { notFound: "gone", notEditable: "locked" };

  it("answers an expected AppError with the action's own refusal", async () => {
    expect(await refuseAppError(async () => "done", refusals)).toBe("done");
    expect(await refuseAppError(() => Promise.reject(new AppError("notFound")), refusals)).toBe("gone");
    expect(await refuseAppError(() => Promise.reject(new AppError("notEditable")), refusals)).toBe("locked");
  });

  it("lets every other error through, an unexpected AppError kind included", async () => {
    await expect(refuseAppError(() => Promise.reject(new AppError("forbidden")), refusals)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(refuseAppError(() => Promise.reject(new Error("database down")), refusals)).rejects.toThrow("database down");
  });
});
