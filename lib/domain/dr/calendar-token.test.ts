import { describe, expect, it } from "vitest";
import { calendarToken, verifyCalendarToken } from "./calendar-token";

describe("calendar token", () => {
  it("names the user it was made for, and nobody for a changed or foreign token", () => {
    const token = calendarToken("secret", "user1");
    expect(verifyCalendarToken("secret", token)).toBe("user1");
    expect(verifyCalendarToken("other secret", token)).toBeNull();
    expect(verifyCalendarToken("secret", token.replace("user1", "user2"))).toBeNull();
    expect(verifyCalendarToken("secret", "nonsense")).toBeNull();
  });
});
