"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The person's secret calendar address, selectable and copyable. */
export function CalendarLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <label htmlFor="calendar-url" className="sr-only">
        Calendar address
      </label>
      <input
        id="calendar-url"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="min-w-0 flex-1 rounded-md px-3 py-2 font-mono text-xs ring-1 ring-inset ring-slate-300"
      />
      <Button
        type="button"
        variant="secondary"
        className="min-h-11"
        onClick={async () => {
          await navigator.clipboard?.writeText(url);
          setCopied(true);
        }}
      >
        Copy address
      </Button>
      <span role="status" className="text-sm text-emerald-700">
        {copied ? "Copied." : ""}
      </span>
    </div>
  );
}
