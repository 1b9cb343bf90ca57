"use client";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from "@/lib/evidence/file-type";
import type { EvidenceFileInfo } from "@/lib/server/services/evidence";

/** What the server tells the browser about an uploaded file (a type only: nothing of the server module is bundled). */
export type EvidenceFileView = EvidenceFileInfo;

type ErrorCode = "tooLarge" | "type" | "empty" | "notEditable" | "network" | "failed" | "unauthenticated" | "removeFailed";

const SERVER_ERRORS: readonly ErrorCode[] = ["tooLarge", "type", "empty", "notEditable", "unauthenticated"];

async function errorOf(response: Response): Promise<ErrorCode> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  const code = SERVER_ERRORS.find((c) => c === body?.error);
  if (code) return code;
  if (response.status === 413) return "tooLarge";
  if (response.status === 415) return "type";
  return "failed";
}

/**
 * Evidence documents for one file question: the uploaded files (download link, size, uploader), a
 * remove button each, and a file input. Size and type are checked here for quick feedback and again,
 * authoritatively, on the server.
 */
export function EvidenceUpload({
  submissionId,
  questionKey,
  labelId,
  files,
  editable,
  onChange,
}: {
  submissionId: string;
  questionKey: string;
  labelId: string;
  files: EvidenceFileView[];
  editable: boolean;
  onChange(files: EvidenceFileView[]): void;
}) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [status, setStatus] = useState("");
  const busy = uploading || removingId !== null;

  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("sizeKb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("sizeMb", { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    setStatus("");
    const fail = (code: ErrorCode) => {
      setError(code);
      if (input.current) input.current.value = "";
    };
    if (file.size === 0) return fail("empty");
    if (file.size > MAX_EVIDENCE_BYTES) return fail("tooLarge");

    setUploading(true);
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return fail("failed");
      }
      // Loaded on the first upload, so the questionnaire page does not carry the type detector. If it
      // cannot load, the server's own check still decides.
      const detected = await import("@/lib/evidence/detect")
        .then(({ detectEvidenceType }) => detectEvidenceType(bytes, file.name))
        .catch(() => null);
      if (detected && !detected.ok) return fail("type");

      const body = new FormData();
      body.append("questionKey", questionKey);
      body.append("file", file);
      let response: Response;
      try {
        response = await fetch(`/api/submissions/${encodeURIComponent(submissionId)}/evidence`, { method: "POST", body });
      } catch {
        return fail("network");
      }
      if (!response.ok) return fail(response.status === 401 ? "unauthenticated" : await errorOf(response));
      const { file: stored } = (await response.json()) as { file: EvidenceFileView };
      onChange([...files, stored]);
      setStatus(t("uploaded", { name: stored.fileName }));
      if (input.current) input.current.value = "";
    } finally {
      setUploading(false);
    }
  }

  async function remove(file: EvidenceFileView) {
    setError(null);
    setStatus("");
    setRemovingId(file.id);
    try {
      let response: Response;
      try {
        response = await fetch(`/api/evidence/${encodeURIComponent(file.id)}`, { method: "DELETE" });
      } catch {
        setError("removeFailed");
        return;
      }
      // 404: already removed (by a colleague, say); the list should no longer show it either.
      if (response.ok || response.status === 404) {
        onChange(files.filter((f) => f.id !== file.id));
        setStatus(t("removed", { name: file.fileName }));
        return;
      }
      if (response.status === 401) setError("unauthenticated");
      else if (response.status === 409) setError("notEditable");
      else setError("removeFailed");
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <div className="space-y-3">
      {files.length > 0 ? (
        <ul aria-label={t("files")} className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div className="min-w-0">
                <a
                  href={`/api/evidence/${encodeURIComponent(f.id)}`}
                  download={f.fileName}
                  className="break-all font-medium text-brand-700 underline hover:text-brand-800"
                >
                  {f.fileName}
                </a>
                <p className="text-sm text-slate-600">
                  {size(f.size)} ·{" "}
                  {t("uploadedBy", { name: f.uploadedBy, date: format.dateTime(new Date(f.createdAt), { dateStyle: "medium" }) })}
                </p>
              </div>
              {editable && (
                <Button type="button" variant="secondary" disabled={busy} onClick={() => remove(f)}>
                  {removingId === f.id ? t("removing") : t("remove")}
                  <span className="sr-only"> {f.fileName}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}

      {editable && (
        <div className="space-y-1">
          <p id={helpId} className="text-sm text-slate-600">
            {t("help")}
          </p>
          <input
            ref={input}
            type="file"
            accept={EVIDENCE_ACCEPT}
            aria-labelledby={labelId}
            aria-describedby={error ? `${helpId} ${errorId}` : helpId}
            aria-invalid={error ? true : undefined}
            disabled={busy}
            onChange={upload}
            className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-slate-900 hover:file:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:text-slate-400"
          />
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {t(`errors.${error}`)}
        </p>
      )}
      <p role="status" aria-live="polite" className={uploading ? "text-sm text-slate-700" : "sr-only"}>
        {uploading ? t("uploading") : status}
      </p>
    </div>
  );
}
