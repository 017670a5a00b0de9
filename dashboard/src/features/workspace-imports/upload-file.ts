// Sends a partner's file to POST /imports/:dataset as it is on disk (the browser streams it; the page
// never reads it into memory), and reads the server's NDJSON answer as it arrives.
import { authorizationHeaders } from '../../app/apollo-client';

export interface ImportIssue {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportReport {
  dataset: string;
  status: 'imported' | 'refused' | 'checked';
  checksum: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  issues: ImportIssue[];
  batchId: number | null;
  rejectedCsv: string | null;
}

export type UploadProgress =
  | { phase: 'sending'; sent: number; total: number }
  | { phase: 'reading'; bytes: number; rows: number; total: number };

export type UploadOutcome = { report: ImportReport } | { problem: string };

export interface UploadRequest {
  dataset: string;
  file: Blob;
  dryRun: boolean;
  skipInvalid: boolean;
  token: string;
  onProgress: (progress: UploadProgress) => void;
}

type Line = { progress: { bytes: number; rows: number } } | { report: ImportReport } | { error: { status: number; error?: string; message?: string } };

/** The complete lines of an NDJSON answer so far, and where the unfinished one starts. */
export function completeLines(text: string, from: number): { lines: Line[]; next: number } {
  const end = text.lastIndexOf('\n');
  if (end < from) return { lines: [], next: from };
  const lines = text.slice(from, end).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
  return { lines, next: end + 1 };
}

/** What the server's answer says, in words for a refusal. */
export function outcomeOf(status: number, text: string): UploadOutcome {
  if (status === 200) {
    const { lines } = completeLines(text.endsWith('\n') ? text : `${text}\n`, 0);
    const last = lines.at(-1);
    if (last && 'report' in last) return { report: last.report };
    if (last && 'error' in last) return { problem: last.error.error ?? last.error.message ?? 'The import failed; nothing from the file was stored.' };
    return { problem: 'The server’s answer ended before its report: nothing may have been stored. Look at the import history, then try again.' };
  }
  let said: string | undefined;
  try {
    said = (JSON.parse(text) as { error?: string }).error;
  } catch {
    said = undefined;
  }
  if (status === 401) return { problem: `You are not signed in any more${said ? ` (${said})` : ''}. Sign in again, then send the file again.` };
  return { problem: said ?? `The server could not take the file (HTTP ${status}). Try again in a few minutes.` };
}

/** What stopping an upload means: stopped mid-file the server rolls it back; sent whole, it may have been imported. */
export function stoppedProblem(dryRun: boolean, wholeFileSent: boolean): string {
  if (dryRun) return 'The check was stopped. Nothing was stored.';
  if (!wholeFileSent) return 'The import was stopped before the whole file was sent. Nothing from the file was stored.';
  return 'The import was stopped after the whole file was sent: the server may have imported it. Look at the import history below before sending the file again.';
}

/** Uploads one file; `abort` stops it (the server then stores nothing). */
export function uploadFile(request: UploadRequest): { done: Promise<UploadOutcome>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ dryRun: String(request.dryRun), skipInvalid: String(request.skipInvalid) });
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.open('POST', `/imports/${encodeURIComponent(request.dataset)}?${query}`);
    for (const [name, value] of Object.entries(authorizationHeaders(request.token))) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    const total = request.file.size;
    xhr.upload.onprogress = (event) => request.onProgress({ phase: 'sending', sent: event.loaded, total: event.lengthComputable ? event.total : total });
    let read = 0;
    xhr.onprogress = () => {
      if (xhr.status !== 200) return;
      const { lines, next } = completeLines(xhr.responseText, read);
      read = next;
      for (const line of lines) if ('progress' in line) request.onProgress({ phase: 'reading', ...line.progress, total });
    };
    xhr.onload = () => resolve(outcomeOf(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ problem: 'The file could not be sent: the server could not be reached, or it closed the connection. Nothing from the file was stored. Check your connection and try again.' });
    // Once the whole body is out the server may finish the import whatever the page does next.
    let wholeFileSent = false;
    xhr.upload.onload = () => {
      wholeFileSent = true;
    };
    xhr.onabort = () => resolve({ problem: stoppedProblem(request.dryRun, wholeFileSent) });
    xhr.send(request.file);
  });
  return { done, abort: () => xhr.abort() };
}
