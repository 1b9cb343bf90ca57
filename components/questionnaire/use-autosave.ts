"use client";
/**
 * Autosave of answers, one question at a time, so that no answer is ever silently lost:
 * - saves a question 700 ms after the last change;
 * - keeps every unsaved value in localStorage until the server confirms it, and re-sends those
 *   after a reload;
 * - retries network and server failures with backoff, telling the user;
 * - sends the version it edited: a stale version comes back as a conflict, never overwrites.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerValue } from "@/lib/questionnaire/schema";

export interface AnswerMeta {
  version: number;
  updatedBy?: string;
  updatedAt?: string;
}

export interface Conflict {
  questionKey: string;
  mine: AnswerValue | null;
  current: { value: AnswerValue | null; version: number; updatedBy: string; updatedAt: string } | null;
}

export type SaveState = "saved" | "pending" | "saving" | "failed" | "offline" | "conflict" | "unauthenticated" | "notEditable";

const DEBOUNCE_MS = 700;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

type Pending = Record<string, { value: AnswerValue | null; version: number }>;

function storageKey(submissionId: string) {
  return `zi:unsaved:${submissionId}`;
}

function readStored(submissionId: string): Pending {
  try {
    return JSON.parse(window.localStorage.getItem(storageKey(submissionId)) ?? "{}") as Pending;
  } catch {
    return {};
  }
}

export function useAutosave({
  submissionId,
  initialMeta,
  enabled,
  onInvalid,
  onRestore,
}: {
  submissionId: string;
  initialMeta: Record<string, AnswerMeta>;
  enabled: boolean;
  /** The server refused a value (message key); show it next to the field. */
  onInvalid: (questionKey: string, message: string) => void;
  /** Values found unsaved in this browser from an earlier visit. */
  onRestore: (values: Record<string, AnswerValue | null>) => void;
}) {
  const meta = useRef<Record<string, AnswerMeta>>(initialMeta);
  const pending = useRef<Pending>({});
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const inFlight = useRef<Set<string>>(new Set());
  const attempt = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<SaveState>("saved");
  const [metaView, setMetaView] = useState(initialMeta);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [retryIn, setRetryIn] = useState<number | null>(null);
  const blocked = useRef<SaveState | null>(null);
  /** The latest flush, for timers set by an earlier one. */
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const persist = useCallback(() => {
    const keys = Object.keys(pending.current);
    if (keys.length) window.localStorage.setItem(storageKey(submissionId), JSON.stringify(pending.current));
    else window.localStorage.removeItem(storageKey(submissionId));
  }, [submissionId]);

  const settle = useCallback(() => {
    if (blocked.current) return setState(blocked.current);
    if (inFlight.current.size) return setState("saving");
    setState(Object.keys(pending.current).length ? "pending" : "saved");
  }, []);

  const saveOne = useCallback(
    async (key: string): Promise<"ok" | "retry" | "stop"> => {
      const entry = pending.current[key];
      if (!entry) return "ok";
      // Marked in flight until the response is fully handled, so no other flush sends it twice.
      inFlight.current.add(key);
      setState("saving");
      try {
        let response: Response;
        try {
          response = await fetch(`/api/submissions/${submissionId}/answers/${key}`, {
            method: "PUT",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ value: entry.value, expectedVersion: entry.version }),
          });
        } catch {
          return "retry";
        }
        const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
        // A newer edit of the same question may have arrived while this one was in flight.
        const stillSame = pending.current[key] === entry;
        if (response.ok) {
          const saved = { version: body.version as number, updatedBy: body.updatedBy as string, updatedAt: body.updatedAt as string };
          meta.current[key] = saved;
          setMetaView((m) => ({ ...m, [key]: saved }));
          if (stillSame) delete pending.current[key];
          else pending.current[key] = { ...pending.current[key]!, version: saved.version };
          return "ok";
        }
        if (response.status === 409 && body.error === "conflict") {
          setConflicts((c) => [...c.filter((x) => x.questionKey !== key), { questionKey: key, mine: entry.value, current: body.current as Conflict["current"] }]);
          return "stop";
        }
        if (response.status === 409 && body.error === "notEditable") {
          blocked.current = "notEditable";
          return "stop";
        }
        if (response.status === 401) {
          blocked.current = "unauthenticated";
          return "stop";
        }
        if (response.status === 422 || response.status === 400) {
          if (stillSame) delete pending.current[key];
          onInvalid(key, String(body.message ?? "answer.invalid"));
          return "ok";
        }
        return "retry"; // 5xx, 502 from a proxy, 503 while the database restarts …
      } finally {
        inFlight.current.delete(key);
      }
    },
    [submissionId, onInvalid],
  );

  const flush = useCallback(async () => {
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    setRetryIn(null);
    let needsRetry = false;
    const ready = () =>
      Object.keys(pending.current).filter(
        (key) => !inFlight.current.has(key) && !timers.current[key] && !conflicts.some((c) => c.questionKey === key),
      );
    // Keys that failed in this pass wait for the retry; newer edits that arrived meanwhile go now.
    const failed = new Set<string>();
    for (let keys = ready(); keys.some((k) => !failed.has(k)); keys = ready()) {
      for (const key of keys.filter((k) => !failed.has(k))) {
        const outcome = await saveOne(key);
        if (outcome !== "ok") failed.add(key);
        if (outcome === "retry") needsRetry = true;
      }
    }
    persist();
    if (needsRetry && !blocked.current) {
      const delay = RETRY_MS[Math.min(attempt.current, RETRY_MS.length - 1)]!;
      attempt.current += 1;
      setState(navigator.onLine === false ? "offline" : "failed");
      setRetryIn(Math.round(delay / 1000));
      retryTimer.current = setTimeout(() => void flushRef.current(), delay);
      return;
    }
    attempt.current = 0;
    settle();
  }, [conflicts, persist, saveOne, settle]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Queue a value for saving (debounced per question). */
  const change = useCallback(
    (key: string, value: AnswerValue | null) => {
      if (!enabled) return;
      pending.current[key] = { value, version: meta.current[key]?.version ?? 0 };
      persist();
      setState("pending");
      clearTimeout(timers.current[key]);
      timers.current[key] = setTimeout(() => {
        delete timers.current[key];
        void flush();
      }, DEBOUNCE_MS);
    },
    [enabled, flush, persist],
  );

  /** The user chose in a conflict: keep theirs (overwrite the newer version) or take the saved one. */
  const resolveConflict = useCallback(
    (key: string, choice: "mine" | "theirs") => {
      const conflict = conflicts.find((c) => c.questionKey === key);
      setConflicts((c) => c.filter((x) => x.questionKey !== key));
      if (!conflict) return;
      const version = conflict.current?.version ?? 0;
      meta.current[key] = { version, updatedBy: conflict.current?.updatedBy, updatedAt: conflict.current?.updatedAt };
      setMetaView((m) => ({ ...m, [key]: meta.current[key]! }));
      if (choice === "mine") {
        pending.current[key] = { value: conflict.mine, version };
        persist();
        setTimeout(() => void flush(), 0);
      } else {
        delete pending.current[key];
        persist();
        settle();
      }
      return conflict.current?.value ?? null;
    },
    [conflicts, flush, persist, settle],
  );

  // Values left unsaved in this browser (a crash, a closed tab, an expired session): restore and re-send.
  useEffect(() => {
    if (!enabled) return;
    const stored = readStored(submissionId);
    if (!Object.keys(stored).length) return;
    pending.current = { ...stored, ...pending.current };
    onRestore(Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.value])));
    setTimeout(() => void flush(), 0);
    // Run once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Retry as soon as the browser is back online; warn before leaving with unsaved input.
  useEffect(() => {
    const online = () => void flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (Object.keys(pending.current).length) e.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [flush]);

  // An open conflict outranks everything else the indicator could say.
  return { state: conflicts.length ? ("conflict" as const) : state, meta: metaView, conflicts, change, resolveConflict, retryNow: flush, retryIn };
}
