"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

function Copyable({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  const box = "block w-full rounded-md bg-white px-3 py-2 font-mono text-xs ring-1 ring-inset ring-amber-300";
  return (
    <div className="mt-3">
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium text-amber-900">{label}</span>
        <Button type="button" variant="secondary" onClick={copy} aria-label={`Copy ${label}`}>
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {multiline ? (
        <pre className={`${box} mt-1 overflow-x-auto whitespace-pre`} aria-label={label} tabIndex={0}>
          {value}
        </pre>
      ) : (
        <input
          readOnly
          value={value}
          aria-label={label}
          className={`${box} mt-1`}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}

/** The one time a source's key is visible (only its hash is kept), with the configuration that uses it. */
export function NewKey({ name, kind, secret }: { name: string; kind: string; secret: string }) {
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const alertmanager = [
    "receivers:",
    "  - name: bridge",
    "    webhook_configs:",
    `      - url: ${origin}/api/v1/alerts/alertmanager`,
    "        send_resolved: true",
    "        http_config:",
    "          authorization:",
    "            type: Bearer",
    `            credentials: ${secret}`,
  ].join("\n");
  return (
    <section aria-label="New integration key" className="rounded-md bg-amber-50 p-4 ring-1 ring-amber-300">
      <p className="text-sm font-semibold text-amber-900">Copy the key for “{name}” now. It will not be shown again.</p>
      <Copyable label="Integration key" value={secret} />
      {kind === "alertmanager" ? (
        <Copyable label="Alertmanager configuration" value={alertmanager} multiline />
      ) : (
        <>
          <Copyable label="Events API v2 URL" value={`${origin}/api/v1/events`} />
          <p className="mt-2 text-xs text-amber-900">
            Send the key as the <code>routing_key</code> of each event.
          </p>
        </>
      )}
    </section>
  );
}
