import type { ExplorerView } from '../../domain/filters.ts';
import { useExplorerStore } from '../../store/explorer-store.ts';
import { preloadMap } from '../map/lazy-map.tsx';

const LABEL: Record<ExplorerView, string> = { list: 'List', map: 'Map' };

/** List or map: two toggle buttons; the choice is part of the link (`view=map`). */
export function ViewSwitch({ view }: { view: ExplorerView }) {
  const viewChosen = useExplorerStore((s) => s.viewChosen);
  return (
    <div role="group" aria-label="Show events as" className="flex rounded border border-rule text-sm">
      {(['list', 'map'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => viewChosen(option)}
          // Pointing at the map button starts loading it, so it opens at once.
          onPointerEnter={option === 'map' ? preloadMap : undefined}
          onFocus={option === 'map' ? preloadMap : undefined}
          className={`px-3 py-1 first:rounded-l last:rounded-r ${
            view === option ? 'bg-ink font-semibold text-paper' : 'hover:bg-rule/50'
          }`}
        >
          {LABEL[option]}
        </button>
      ))}
    </div>
  );
}
