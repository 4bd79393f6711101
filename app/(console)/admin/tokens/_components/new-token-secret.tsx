"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The one time a token's secret is visible: only its hash is kept, so it cannot be shown again. */
export function NewTokenSecret({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section aria-label="New API token" className="rounded-md bg-amber-50 p-4 ring-1 ring-amber-300">
      <p className="text-sm font-semibold text-amber-900">
        Copy the token for “{name}” now. It will not be shown again.
      </p>
      <div className="mt-2 flex gap-2">
        <input
          readOnly
          value={secret}
          aria-label="Token secret"
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full rounded-md border-0 bg-white px-3 py-2 font-mono text-sm ring-1 ring-inset ring-amber-300"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="mt-2 text-xs text-amber-900">
        Send it as <code>Authorization: Bearer {"<token>"}</code>. See{" "}
        <a className="underline" href="/api/v1/openapi.json">
          the API document
        </a>
        .
      </p>
    </section>
  );
}
