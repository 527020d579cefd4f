import { formatEventDate } from '../../domain/dates.ts';
import { scalePosition, type FigureMark, type FigureScale } from '../../domain/figures.ts';
import { AppLink } from '../../url/app-link.tsx';
import { STANCE_FILL, STANCE_LABEL } from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

const percent = (t: number) => `${t * 100}%`;

/** Faint vertical lines at the ticks, so a row can be read against the axis below. */
export function TickLines({ scale }: { scale: FigureScale }) {
  return scale.ticks.map((tick) => (
    <span
      key={tick}
      className="absolute inset-y-0 w-px bg-rule"
      style={{ left: percent(scalePosition(scale, tick)) }}
    />
  ));
}

/** Where the mark sits: a dot for one number, a bar for a range, a fading bar for an open end. */
function Mark({ mark, scale }: { mark: FigureMark; scale: FigureScale }) {
  const color = STANCE_FILL[mark.stance];
  const start = mark.low === undefined ? 0 : scalePosition(scale, mark.low);
  const end = mark.high === undefined ? 1 : scalePosition(scale, mark.high);
  const single = mark.low !== undefined && mark.low === mark.high;
  const fade =
    mark.high === undefined
      ? `linear-gradient(to right, ${color} 60%, transparent)`
      : mark.low === undefined
        ? `linear-gradient(to left, ${color} 60%, transparent)`
        : color;
  const labelAt = single ? start : end;
  return (
    <>
      {single ? (
        <span
          className={`absolute top-1/2 size-3.5 -translate-1/2 rounded-full border border-ink/50 ${mark.approximate ? 'opacity-60' : ''} ${mark.derivedFrom ? 'border-dashed' : ''}`}
          // A derived figure is drawn hollow: it is arithmetic, not an estimate.
          style={{
            left: percent(start),
            background: mark.derivedFrom ? 'transparent' : color,
            borderColor: mark.derivedFrom ? color : undefined,
            borderWidth: mark.derivedFrom ? 2 : undefined,
          }}
        />
      ) : (
        <span
          className={`absolute top-1/2 h-2.5 -translate-y-1/2 rounded-full border border-ink/40 ${mark.approximate ? 'opacity-60' : ''}`}
          style={{ left: percent(start), width: `max(0.5rem, ${percent(end - start)})`, background: fade }}
        />
      )}
      <span
        className="absolute top-1/2 -translate-y-1/2 px-2 text-sm font-semibold whitespace-nowrap tabular-nums"
        style={labelAt > 0.7 ? { right: percent(1 - start) } : { left: percent(labelAt) }}
      >
        {mark.amount}
      </span>
    </>
  );
}

/**
 * One claim's figure: who gave it, as what, when, and where it falls on the shared axis.
 * The whole row is one link to the claim, and its text says everything the mark shows.
 */
export function FigureRow({ eventId, mark, scale }: { eventId: string; mark: FigureMark; scale: FigureScale }) {
  return (
    <li>
      <AppLink
        to={claimPath(eventId, mark.claimId)}
        className="group grid gap-x-4 rounded py-1.5 text-ink no-underline hover:bg-rule/30 sm:grid-cols-[minmax(12rem,18rem)_1fr]"
      >
        <span className="min-w-0 text-sm">
          <span className="font-semibold text-accent underline decoration-1 underline-offset-2 group-hover:decoration-2">
            {mark.actorName}
          </span>{' '}
          <span className="inline-flex items-center gap-1 text-muted">
            <StanceSwatch stance={mark.stance} />
            {STANCE_LABEL[mark.stance]}
            {mark.said && <> · said {formatEventDate(mark.said)}</>}
          </span>
          <span className="block text-muted">
            <span className="sr-only">{mark.amount}: </span>
            {mark.label}
            {mark.derivedFrom && <span className="italic"> · derived: {mark.derivedFrom}</span>}
          </span>
        </span>
        <span className="relative my-1 block h-7" aria-hidden="true">
          <span className="absolute inset-x-0 top-1/2 h-px bg-rule" />
          <TickLines scale={scale} />
          <Mark mark={mark} scale={scale} />
        </span>
      </AppLink>
    </li>
  );
}
