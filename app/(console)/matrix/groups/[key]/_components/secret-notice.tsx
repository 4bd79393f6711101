/** Shows a webhook signing secret the one time Bridge reveals it. */
export function SecretNotice({ secret, url }: { secret: string; url: string }) {
  return (
    <div role="status" className="mt-3 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-300">
      <p className="font-medium text-amber-900">Signing secret for {url}</p>
      <p className="mt-1 text-amber-900">Copy it now into the receiving system: Bridge will not show it again.</p>
      <code
        data-testid="webhook-secret"
        className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-amber-200"
      >
        {secret}
      </code>
      <p className="mt-1 text-xs text-amber-900">
        Receivers check X-Bridge-Signature: HMAC-SHA256 of “timestamp.body” with this secret.
      </p>
    </div>
  );
}
