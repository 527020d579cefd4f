import { EXPLORER_VIEWS, type ExplorerView } from '../../domain/filters.ts';
import { useExplorerStore } from '../../store/explorer-store.ts';
import { preloadView } from '../lazy-views.tsx';

export const VIEW_LABEL: Record<ExplorerView, string> = {
  list: 'List',
  map: 'Map',
  relays: 'Relays',
  compare: 'Compare',
  figures: 'Figures',
};

/** Toggle buttons, one per view; the choice is part of the link (`view=map`). */
export function ViewSwitch({ view }: { view: ExplorerView }) {
  const viewChosen = useExplorerStore((s) => s.viewChosen);
  return (
    <div role="group" aria-label="Show events as" className="flex flex-wrap rounded border border-rule text-sm">
      {EXPLORER_VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => viewChosen(option)}
          // Pointing at a view's button starts loading it, so it opens at once.
          onPointerEnter={() => preloadView(option)}
          onFocus={() => preloadView(option)}
          className={`px-3 py-1 first:rounded-l last:rounded-r ${
            view === option ? 'bg-ink font-semibold text-paper' : 'hover:bg-rule/50'
          }`}
        >
          {VIEW_LABEL[option]}
        </button>
      ))}
    </div>
  );
}
