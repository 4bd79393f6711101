"use client";

import { useState } from "react";
import { useKeyShortcut } from "@/components/shell/key-shortcut";
import { ModalDialog } from "@/components/shell/modal-dialog";
import type { Compose } from "@/lib/server/status-updates/compose";
import { PostUpdateForm } from "./post-update-form";

type Props = { incidentId: string; number: number; status: string; moves: string[]; compose: Compose };

/** "Post an update" from the incident page: the button, or the key U. */
export function PostUpdateDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState("");
  useKeyShortcut("u", () => setOpen(true));
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="u"
        className="inline-flex items-center gap-2 rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"
      >
        Post an update
        <kbd className="rounded border border-indigo-300 px-1.5 font-mono text-xs" aria-hidden="true">
          U
        </kbd>
      </button>
      {notice ? (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      ) : null}
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Post an update" wide>
        <PostUpdateForm
          key={round}
          {...props}
          onCancel={() => setOpen(false)}
          onPosted={(message) => {
            setOpen(false);
            setNotice(message);
            // The next update starts blank, with a fresh key.
            setRound((r) => r + 1);
          }}
        />
      </ModalDialog>
    </div>
  );
}
