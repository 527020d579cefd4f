import { useExplorerStore, useNotices } from '../../store/explorer-store.ts';

/** What a link asked for that could not be honoured, said plainly. */
export function LinkNotices() {
  const notices = useNotices();
  const dismiss = useExplorerStore((s) => s.noticesDismissed);
  if (notices.length === 0) return null;
  return (
    <div role="status" className="rounded border border-rule bg-highlight/40 p-3 text-sm">
      <p className="font-semibold">Parts of this link were not understood and have been left out:</p>
      <ul className="mt-1 list-disc pl-5">
        {notices.slice(0, 10).map((notice, i) => (
          <li key={i}>{notice.message}</li>
        ))}
        {notices.length > 10 && <li>…and {notices.length - 10} more.</li>}
      </ul>
      <button type="button" onClick={dismiss} className="mt-2 text-accent underline">
        Dismiss
      </button>
    </div>
  );
}
