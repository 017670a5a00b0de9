import { authorizationHeaders } from '../../app/apollo-client';
import { saveFile } from '../../lib/save-file';

export type DownloadFormat = 'csv' | 'xlsx';

/** The file name the server gives in Content-Disposition, or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Fetches a figures download with the session's token or its cookie (a plain link could not send a
 * token; a token never goes in an address) and hands it to the browser to save. Resolves to a problem in words, or undefined.
 */
export async function downloadFigures(format: DownloadFormat, query: URLSearchParams, token: string): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(`/downloads/figures.${format}?${query}`, { headers: authorizationHeaders(token), credentials: 'same-origin' });
  } catch {
    return 'The download could not reach the server. Check your connection and try again.';
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
    return `The server refused the download (HTTP ${response.status})${body?.error ? `: ${body.error}` : '.'}`;
  }
  saveFile(fileNameOf(response, `figures.${format}`), await response.blob());
  return undefined;
}
