"use client";

import { useEffect } from "react";

/** Registers /sw.js, which shows the offline page when the network is gone (see public/sw.js). */
export function ServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      console.warn("Service worker not registered:", error);
    });
  }, []);
  return null;
}
