"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it: from then on clicks and keys reach their
 * handlers. End-to-end tests wait for `html[data-hydrated]` instead of guessing.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
