import { formatEventDate } from '../../domain/dates.ts';
import { markLanes, type AcrossRow } from '../../domain/figures-across.ts';
import { scalePosition, type FigureMark, type FigureScale } from '../../domain/figures.ts';
import { formatNumber } from '../../domain/numbers.ts';
import { STANCES } from '../../domain/vocabulary.ts';
import { AppLink } from '../../url/app-link.tsx';
import { STANCE_FILL, STANCE_LABEL } from '../labels.ts';
import { TickLines } from './figure-row.tsx';
import { StanceShape } from './stance-shape.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';

const LANE = 18;
const percent = (t: number) => `${t * 100}%`;

/** Says everything the point shows: "Official, Government of Kazakhstan: 16 people killed, said 17 Dec 2011". */
export function markName(mark: FigureMark): string {
  const derived = mark.derivedFrom ? ` (derived: ${mark.derivedFrom})` : '';
  const said = mark.said ? `, said ${formatEventDate(mark.said)}` : '';
  return `${STANCE_LABEL[mark.stance]}, ${mark.actorName}: ${mark.amount} ${mark.label}${derived}${said}`;
}

/** A range or an open end as a bar under its point; a single number needs none. */
function RangeBar({ mark, start, end }: { mark: FigureMark; start: number; end: number }) {
  const color = STANCE_FILL[mark.stance];
  const background =
    mark.high === undefined
      ? `linear-gradient(to right, ${color} 60%, transparent)`
      : mark.low === undefined
        ? `linear-gradient(to left, ${color} 60%, transparent)`
        : color;
  return (
    <span
      aria-hidden="true"
      className="absolute h-1 -translate-y-1/2 rounded-full opacity-70"
      style={{ left: percent(start), width: percent(Math.max(0, end - start)), background }}
    />
  );
}

/**
 * One event: its title and date, then every side's figures as points on the chart's
 * shared axis, each a link to its claim. Points too close to tell apart stack in lanes.
 */
export function AcrossRowItem({ row, scale, gap }: { row: AcrossRow; scale: FigureScale; gap: number }) {
  const ends = row.marks.map((mark) => ({
    start: mark.low === undefined ? 0 : scalePosition(scale, mark.low),
    end: mark.high === undefined ? 1 : scalePosition(scale, mark.high),
  }));
  // A point sits at its low end; a range's bar runs on to its high end.
  const at = row.marks.map((mark, i) => (mark.low === undefined ? ends[i]!.end : ends[i]!.start));
  const lanes = markLanes(
    at,
    ends.map((e) => e.end),
    gap,
  );
  const height = (Math.max(0, ...lanes) + 1) * LANE + 6;
  const hidden = row.hidden.reduce((sum, n) => sum + n, 0);
  return (
    <li className="grid gap-x-4 border-b border-rule/60 py-1.5 sm:grid-cols-[minmax(10rem,16rem)_1fr]">
      <span className="min-w-0 text-sm">
        <AppLink to={`/events/${row.event.id}`} className="font-semibold text-accent underline underline-offset-2">
          {row.event.title}
        </AppLink>{' '}
        <span className="text-muted">
          {formatEventDate(row.event.date)}
          {hidden > 0 && (
            <>
              {' '}
              · {formatNumber(row.marks.length)} of {formatNumber(row.figures)} drawn (
              {STANCES.flatMap((s, i) =>
                row.hidden[i] ? [`${formatNumber(row.hidden[i]!)} more ${STANCE_LABEL[s].toLowerCase()}`] : [],
              ).join(', ')}
              )
            </>
          )}
        </span>
      </span>
      <span className="relative my-0.5 block" style={{ height }}>
        <span aria-hidden="true" className="absolute inset-0">
          <TickLines scale={scale} />
        </span>
        {row.marks.map((mark, i) => {
          const top = lanes[i]! * LANE + LANE / 2 + 3;
          const single = mark.low !== undefined && mark.low === mark.high;
          return (
            <span key={`${mark.claimId}-${i}`} className="absolute inset-x-0" style={{ top }}>
              {!single && <RangeBar mark={mark} start={ends[i]!.start} end={ends[i]!.end} />}
              <AppLink
                to={claimPath(row.event.id, mark.claimId)}
                aria-label={markName(mark)}
                title={markName(mark)}
                className={`absolute flex -translate-1/2 rounded-full p-0.5 hover:scale-125 focus-visible:scale-125 ${mark.approximate ? 'opacity-60' : ''}`}
                style={{ left: percent(at[i]!) }}
              >
                <StanceShape stance={mark.stance} hollow={mark.derivedFrom !== undefined} />
              </AppLink>
            </span>
          );
        })}
      </span>
    </li>
  );
}
