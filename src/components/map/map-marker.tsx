import type { Ref } from 'react';
import { stanceArcs, type MapMark } from '../../domain/map-layout.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { STANCE_FILL, STANCE_LABEL } from '../labels.ts';
import { plural } from '../../domain/numbers.ts';

/** "12", "1.2k": the count inside a marker must fit its hole. */
const compact = (n: number) => (n < 1000 ? String(n) : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`);

/** Where a marker is: its busiest place, and how many more it gathers. */
export function markTitle(mark: MapMark): string {
  const [first, ...rest] = mark.places;
  return rest.length ? `${first!.name} and ${plural(rest.length, 'nearby place')}` : first!.name;
}

/** What a marker says in words: its places, how many events and claims, and who speaks. */
export function markLabel(mark: MapMark): string {
  const where = markTitle(mark);
  const voices = STANCES.flatMap((stance, s) =>
    mark.stances[s] ? [`${mark.stances[s]} ${STANCE_LABEL[stance].toLowerCase()}`] : [],
  );
  const claims = mark.claims ? `${plural(mark.claims, 'claim')}: ${voices.join(', ')}` : 'no matching claims';
  return `${where}: ${plural(mark.events, 'event')}, ${claims}`;
}

/**
 * One marker, a button: its area grows with the claims, its ring is split by stance,
 * and it shows the number of events. Selecting it lists them.
 */
export function MapMarker({
  mark,
  radius,
  selected,
  onSelect,
  ref,
}: {
  mark: MapMark;
  radius: number;
  selected: boolean;
  onSelect: () => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  const ring = Math.max(3, radius * 0.38);
  const r = radius - ring / 2;
  const circumference = 2 * Math.PI * r;
  const arcs = stanceArcs(mark.stances);
  return (
    <button
      ref={ref}
      type="button"
      aria-label={markLabel(mark)}
      aria-expanded={selected}
      aria-controls={selected ? 'map-panel' : undefined}
      data-events={mark.events}
      onClick={onSelect}
      className={`absolute rounded-full ${selected ? 'z-10 ring-2 ring-ink ring-offset-1 ring-offset-paper' : 'hover:z-10'}`}
      style={{ left: mark.x - radius, top: mark.y - radius, width: radius * 2, height: radius * 2 }}
    >
      <svg viewBox={`${-radius} ${-radius} ${radius * 2} ${radius * 2}`} aria-hidden="true" className="block size-full">
        <circle r={radius - 0.5} fill="var(--color-paper)" stroke="var(--color-ink)" strokeOpacity={0.55} />
        {arcs.length === 0 ? (
          <circle r={r} fill="none" stroke="var(--color-rule)" strokeWidth={ring} />
        ) : (
          arcs.map((arc) => (
            <circle
              key={arc.stance}
              r={r}
              fill="none"
              stroke={STANCE_FILL[STANCES[arc.stance]!]}
              strokeWidth={ring}
              strokeDasharray={`${(arc.end - arc.start) * circumference} ${circumference}`}
              strokeDashoffset={-arc.start * circumference}
              transform="rotate(-90)"
            />
          ))
        )}
        {radius >= 10 && (
          <text
            textAnchor="middle"
            dominantBaseline="central"
            className="fill-ink font-semibold tabular-nums"
            style={{ fontSize: Math.min(13, radius * 0.75) }}
          >
            {compact(mark.events)}
          </text>
        )}
      </svg>
    </button>
  );
}
