import "server-only";

export type Alarm = { poke: () => void; reset: () => void; sleep: (ms: number) => Promise<void> };

/**
 * A sleep that a poke cuts short. A poke that arrives while the worker is busy is remembered
 * until the next `reset`, so a NOTIFY between "nothing due" and "go to sleep" is never lost.
 */
export function createAlarm(): Alarm {
  let poked = false;
  let wake: (() => void) | null = null;
  return {
    poke() {
      poked = true;
      wake?.();
    },
    reset() {
      poked = false;
    },
    sleep(ms) {
      if (poked || ms <= 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    },
  };
}
