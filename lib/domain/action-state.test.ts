import { describe, expect, it } from "vitest";
import { initialActionState, typedValues } from "./action-state";

describe("form action state", () => {
  it("starts empty", () => {
    expect(typedValues(initialActionState)).toEqual({});
  });

  it("keeps what was typed after a failure and forgets it after a success", () => {
    const values = { title: "Docs down" };
    expect(typedValues({ ok: false, message: "Bad", fieldErrors: { severity: ["Choose"] }, values })).toEqual(values);
    expect(typedValues({ ok: true, message: "Saved", fieldErrors: {}, values })).toEqual({});
  });
});
