"use client";
import { catchError } from "next/error";
import { Button } from "@/components/ui/button";

/**
 * What a reader sees when part of the console fails: which part, and a retry that reloads it
 * from the server. The error itself stays in the server log; its text can name internals.
 */
export function ErrorNotice({ what, retry }: { what: string; retry: () => void }) {
  return (
    <div role="alert" className="rounded-lg bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200">
      <p className="font-semibold">{what} could not be loaded.</p>
      <p className="mt-1">This may be a passing problem. Try again; if it keeps failing, tell an administrator.</p>
      <Button type="button" variant="secondary" className="mt-3" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}

/** Keeps a failing panel to itself: the rest of the page still shows. */
export const PanelBoundary = catchError(function PanelError({ what }: { what: string }, { retry }) {
  return <ErrorNotice what={what} retry={retry} />;
});
