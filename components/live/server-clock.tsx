"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

// Offset between the server's clock and this browser's, measured when the page arrived, so
// countdowns agree with the server's deadlines even on a machine whose clock is off.
const OffsetContext = createContext(0);

export function ServerClock({ serverNow, children }: { serverNow: string; children: ReactNode }) {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  return <OffsetContext.Provider value={offset}>{children}</OffsetContext.Provider>;
}

export function useServerOffset(): number {
  return useContext(OffsetContext);
}
