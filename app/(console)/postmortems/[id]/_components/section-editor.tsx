"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { controlClass } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import type { TheirVersion } from "@/lib/server/postmortems/save-section";
import { saveSectionAction } from "../section-actions";
import { SectionConflict } from "./section-conflict";
import { SectionHistory } from "./section-history";

type Props = {
  postmortemId: string;
  sectionKey: string;
  label: string;
  hint: string;
  body: string;
  version: number;
};

type SaveState = "saved" | "dirty" | "saving" | "retrying" | "stopped";

const STATUS_TEXT: Record<SaveState, string> = {
  saved: "Saved",
  dirty: "Not saved yet",
  saving: "Saving…",
  retrying: "Could not save — retrying",
  stopped: "Not saved yet",
};

/** Typing stops this long before the text is sent. */
const AUTOSAVE_DELAY_MS = 1500;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** What is kept in the browser until the server has it: the text and the version it was based on. */
type Draft = { text: string; baseVersion: number };

const draftKey = (postmortemId: string, key: string) => `bridge:postmortem:${postmortemId}:${key}`;

function readDraft(storageKey: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    return typeof draft.text === "string" && typeof draft.baseVersion === "number"
      ? { text: draft.text, baseVersion: draft.baseVersion }
      : null;
  } catch {
    return null;
  }
}

// Storage may be full or switched off (private windows); the editor still works, only without the net.
function writeDraft(storageKey: string, draft: Draft | null) {
  try {
    if (draft) window.localStorage.setItem(storageKey, JSON.stringify(draft));
    else window.localStorage.removeItem(storageKey);
  } catch {}
}

/**
 * One free-text section: Markdown with a preview, saved on its own shortly after typing stops and
 * when the field is left. Nothing typed is lost: the text waits in the browser's storage until
 * the server confirms it, survives a reload or a crash, and is sent again when the network is back.
 * A save based on an older version than the server's shows both texts and lets the person choose.
 */
export function SectionEditor({ postmortemId, sectionKey, label, hint, body, version }: Props) {
  const id = useId();
  const textareaId = `${id}-text`;
  const statusId = `${id}-status`;
  const storageKey = draftKey(postmortemId, sectionKey);

  const [text, setText] = useState(body);
  const [state, setState] = useState<SaveState>("saved");
  const [errors, setErrors] = useState<string[]>([]);
  const [preview, setPreview] = useState(false);
  const [restored, setRestored] = useState(false);
  const [conflict, setConflict] = useState<{ theirs: TheirVersion; yours: string } | null>(null);

  // The latest values for timers and callbacks that outlive a render.
  const textRef = useRef(body);
  const base = useRef({ version, body });
  const inFlight = useRef(false);
  const paused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(RETRY_FIRST_MS);

  const saveRef = useRef<() => Promise<void>>(async () => {});

  const clearTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  // Timers call the latest save through a ref: a save schedules the next one.
  const schedule = useCallback(
    (ms: number) => {
      clearTimer();
      timer.current = setTimeout(() => void saveRef.current(), ms);
    },
    [clearTimer],
  );

  const save = useCallback(async () => {
    clearTimer();
    if (inFlight.current || paused.current) return;
    const sent = textRef.current;
    if (sent === base.current.body) {
      writeDraft(storageKey, null);
      setState("saved");
      return;
    }
    inFlight.current = true;
    setState("saving");
    let answer: Awaited<ReturnType<typeof saveSectionAction>> | null = null;
    try {
      answer = await saveSectionAction({
        postmortemId,
        key: sectionKey,
        body: sent,
        baseVersion: base.current.version,
      });
    } catch {
      // The request never came back (offline, server restarting): the text stays in storage.
      answer = null;
    }
    inFlight.current = false;

    if (answer?.ok) {
      base.current = { version: answer.version, body: answer.body };
      retryDelay.current = RETRY_FIRST_MS;
      setErrors([]);
      if (textRef.current === answer.body) {
        writeDraft(storageKey, null);
        setState("saved");
      } else {
        // Typed on while it was being sent: the rest goes next.
        writeDraft(storageKey, { text: textRef.current, baseVersion: answer.version });
        setState("dirty");
        schedule(AUTOSAVE_DELAY_MS);
      }
      return;
    }
    if (answer && answer.conflict) {
      const { theirs } = answer.conflict;
      // Our own earlier save whose answer was lost on the way: nothing to choose between.
      if (theirs.body === sent) {
        base.current = { version: theirs.version, body: theirs.body };
        writeDraft(
          storageKey,
          textRef.current === sent ? null : { text: textRef.current, baseVersion: theirs.version },
        );
        setState(textRef.current === sent ? "saved" : "dirty");
        if (textRef.current !== sent) schedule(AUTOSAVE_DELAY_MS);
        return;
      }
      paused.current = true;
      setConflict({ theirs, yours: textRef.current });
      setState("stopped");
      return;
    }
    if (answer && !answer.retry) {
      // A person has to act (too long, read-only now, signed out): keep the text and say why.
      const fieldErrors = answer.fieldErrors.body ?? Object.values(answer.fieldErrors).flat();
      setErrors(fieldErrors.length ? fieldErrors : [answer.message]);
      setState("stopped");
      return;
    }
    setState("retrying");
    const delay = retryDelay.current;
    retryDelay.current = Math.min(delay * 2, RETRY_MAX_MS);
    schedule(delay);
  }, [postmortemId, sectionKey, storageKey, clearTimer, schedule]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // On load: text typed here earlier and never confirmed comes back, and goes to the server.
  const loaded = useRef(false);
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const draft = readDraft(storageKey);
    if (!draft) return;
    if (draft.text === base.current.body) {
      writeDraft(storageKey, null);
      return;
    }
    textRef.current = draft.text;
    // Based on an older version than the server's: the save will show both texts.
    if (draft.baseVersion !== base.current.version) base.current = { version: draft.baseVersion, body: "\u0000" };
    // Restoring what the browser kept is the point of this effect: it cannot be known on the server.
    setText(draft.text);
    setRestored(true);
    setState("dirty");
    schedule(AUTOSAVE_DELAY_MS);
  }, [storageKey, schedule]);

  // The page was re-read with a newer version (someone else saved): take it if nothing is pending here.
  useEffect(() => {
    if (version <= base.current.version || inFlight.current || paused.current) return;
    if (textRef.current !== base.current.body) return;
    base.current = { version, body };
    textRef.current = body;
    setText(body);
    setState("saved");
  }, [version, body]);

  // Back online: try at once instead of waiting out the backoff.
  useEffect(() => {
    const online = () => {
      if (textRef.current !== base.current.body && !paused.current) {
        retryDelay.current = RETRY_FIRST_MS;
        void save();
      }
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [save]);

  useEffect(() => clearTimer, [clearTimer]);

  function change(value: string) {
    textRef.current = value;
    setText(value);
    setErrors([]);
    writeDraft(storageKey, value === base.current.body ? null : { text: value, baseVersion: base.current.version });
    if (paused.current) return;
    setState(value === base.current.body ? "saved" : "dirty");
    clearTimer();
    if (!inFlight.current) schedule(AUTOSAVE_DELAY_MS);
  }

  function keepMine() {
    if (!conflict) return;
    base.current = { version: conflict.theirs.version, body: conflict.theirs.body };
    writeDraft(storageKey, { text: textRef.current, baseVersion: conflict.theirs.version });
    paused.current = false;
    setConflict(null);
    void save();
  }

  function takeTheirs() {
    if (!conflict) return;
    base.current = { version: conflict.theirs.version, body: conflict.theirs.body };
    textRef.current = conflict.theirs.body;
    setText(conflict.theirs.body);
    writeDraft(storageKey, null);
    paused.current = false;
    setConflict(null);
    setState("saved");
  }

  const hintId = `${textareaId}-hint`;
  const errorId = `${textareaId}-error`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <label htmlFor={textareaId}>{label}</label>
        </h2>
        <div className="flex items-center gap-3 text-sm">
          <span
            id={statusId}
            role="status"
            className={
              state === "saved" ? "text-emerald-700" : state === "retrying" ? "text-red-700" : "text-amber-800"
            }
          >
            {STATUS_TEXT[state]}
          </span>
          <button
            type="button"
            aria-pressed={preview}
            onClick={() => setPreview((p) => !p)}
            className="rounded-md px-2 py-1 font-medium text-indigo-700 ring-1 ring-slate-300 hover:bg-slate-50 aria-pressed:bg-indigo-50"
          >
            Preview
          </button>
        </div>
      </div>
      <p id={hintId} className="text-xs text-slate-500">
        {hint} Markdown: **bold**, - lists, [links](https://…), | tables |.
      </p>
      {restored ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          Restored text you had not saved yet.
        </p>
      ) : null}
      <div className={preview ? "grid gap-3 lg:grid-cols-2 [&>*]:min-w-0" : undefined}>
        <textarea
          id={textareaId}
          value={text}
          onChange={(e) => change(e.target.value)}
          onBlur={() => {
            if (textRef.current !== base.current.body) void save();
          }}
          rows={Math.min(20, Math.max(5, text.split("\n").length + 1))}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={`${errors.length ? errorId : hintId} ${statusId}`}
          className={`${controlClass()} font-mono`}
        />
        {preview ? (
          <div aria-label="Preview" role="region" className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
            {text.trim() ? (
              <Markdown source={text} />
            ) : (
              <p className="text-sm text-slate-500">Nothing to preview yet.</p>
            )}
          </div>
        ) : null}
      </div>
      <FieldError id={errorId} errors={errors} />
      {conflict ? (
        <SectionConflict
          label={label}
          theirs={conflict.theirs}
          yours={text}
          onKeepMine={keepMine}
          onUseTheirs={takeTheirs}
        />
      ) : null}
      <SectionHistory postmortemId={postmortemId} sectionKey={sectionKey} label={label} />
    </div>
  );
}
