import { useEffect } from 'react';

/** Each page names itself, for tabs, history and screen readers. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Narratives`;
  }, [title]);
}
