"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page is laid out for paper already. */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      Print
    </Button>
  );
}
