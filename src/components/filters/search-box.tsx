import { SEARCH_NOW_UP_TO } from '../../dataset/session.ts';
import { useExplorerStore, useIndex, useSearchIndex } from '../../store/explorer-store.ts';
import { MAX_QUERY_LENGTH } from '../../domain/url-codec.ts';

/** Free text over titles, summaries, quotes, places, actor names and aliases. */
export function SearchBox() {
  const q = useExplorerStore((s) => s.filters.q);
  const searchTyped = useExplorerStore((s) => s.searchTyped);
  // A large dataset's search index takes seconds to build in the background after it
  // opens; a small one's is there within a frame or two, without a note.
  const search = useSearchIndex();
  const claims = useIndex().columns.event.length;
  const preparing = search === null && claims > SEARCH_NOW_UP_TO;
  return (
    <div role="search">
      <label htmlFor="search" className="mb-1 block text-xs font-semibold tracking-wide text-muted uppercase">
        Search
      </label>
      <input
        id="search"
        type="search"
        value={q}
        maxLength={MAX_QUERY_LENGTH}
        onChange={(e) => searchTyped(e.target.value)}
        placeholder="Zhanaozen, HuT, Nazarbaev…"
        aria-describedby="search-help"
        className="w-full rounded border border-rule bg-transparent px-3 py-2"
      />
      <p id="search-help" className="mt-1 text-xs text-muted">
        Names in any spelling; aliases such as KNB or HuT.
        {preparing && <span> Preparing the search; the other filters work now.</span>}
      </p>
    </div>
  );
}
