import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { figuresChanged } from '../../../graphql/figures-changed';
import { ImportBatchesDocument } from '../../../graphql/generated/graphql';
import { uploadFile, type ImportReport, type UploadProgress } from '../upload-file';

export interface UploadChoice {
  dataset: string;
  file: File;
  skipInvalid: boolean;
}

export type UploadState =
  | { state: 'idle' }
  | { state: 'running'; dryRun: boolean; progress: UploadProgress | null }
  | { state: 'done'; dryRun: boolean; choice: UploadChoice; report: ImportReport }
  | { state: 'failed'; dryRun: boolean; problem: string };

/** One upload at a time: a check (dry run) or an import, its progress, and what came back; an import refreshes the history. */
export function useUpload(token: string): { upload: UploadState; send: (choice: UploadChoice, dryRun: boolean) => Promise<void>; stop: () => void; clear: () => void } {
  const client = useApolloClient();
  const [upload, setUpload] = useState<UploadState>({ state: 'idle' });
  const abort = useRef<(() => void) | null>(null);
  // Leaving the page stops an upload still going (the server rolls back a file it had not all received).
  useEffect(() => () => abort.current?.(), []);
  const send = useCallback(
    async (choice: UploadChoice, dryRun: boolean) => {
      setUpload({ state: 'running', dryRun, progress: null });
      const running = uploadFile({
        ...choice,
        dryRun,
        token,
        onProgress: (progress) => setUpload({ state: 'running', dryRun, progress }),
      });
      abort.current = running.abort;
      const outcome = await running.done;
      abort.current = null;
      setUpload('report' in outcome ? { state: 'done', dryRun, choice, report: outcome.report } : { state: 'failed', dryRun, problem: outcome.problem });
      if ('report' in outcome && outcome.report.status === 'imported') {
        figuresChanged(client.cache);
        await client.refetchQueries({ include: [ImportBatchesDocument] });
      }
    },
    [client, token],
  );
  return { upload, send, stop: () => abort.current?.(), clear: () => setUpload({ state: 'idle' }) };
}
