// Outcomes that must not be lost are retried until the database answers, with one log line when
// the trouble starts and one when it is over; a worker that is stopping gives up.
import { describe, expect, it } from "vitest";
import { persist } from "./persist";
import { captureLog } from "./test-worker";

function failingTimes(n: number) {
  let calls = 0;
  return {
    calls: () => calls,
    write: async () => {
      calls++;
      if (calls <= n) throw new Error(`connect ECONNREFUSED (try ${calls})`);
      return "recorded";
    },
  };
}

describe("persist", () => {
  it("keeps trying until the write succeeds, logging the start and the end of the trouble once", async () => {
    const { log, lines } = captureLog();
    const w = failingTimes(3);
    expect(await persist("sent delivery d1", w.write, log)).toBe("recorded");
    expect(w.calls()).toBe(4);
    expect(lines.map((l) => [l.msg, l.what])).toEqual([
      ["cannot record yet; retrying until the database answers", "sent delivery d1"],
      ["recorded after the database came back", "sent delivery d1"],
    ]);
  });

  it("logs nothing when the first try succeeds, and gives up with the error once aborted", async () => {
    const { log, lines } = captureLog();
    expect(await persist("complete", failingTimes(0).write, log)).toBe("recorded");
    expect(lines).toEqual([]);
    const controller = new AbortController();
    controller.abort();
    await expect(persist("complete", failingTimes(5).write, log, controller.signal)).rejects.toThrow("try 1");
  });
});
