import { useEffect } from 'react';

const SERVICE_NAME = 'VAWG Insight – Safer Lambeth';

/** GOV.UK pattern: "<page> – <service>", so each page is told apart in tabs and history. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} – ${SERVICE_NAME}`;
  }, [page]);
}
