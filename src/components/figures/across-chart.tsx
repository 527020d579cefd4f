import { useState } from 'react';
import { formatEventDate } from '../../domain/dates.ts';
import { MAX_ROWS, type AcrossChart } from '../../domain/figures-across.ts';
import { formatNumber, plural } from '../../domain/numbers.ts';
import { AppLink } from '../../url/app-link.tsx';
import { QUANTITY_LABEL, STANCE_LABEL } from '../labels.ts';
import { useElementWidth } from '../use-element-width.ts';
import { AcrossRowItem } from './across-row.tsx';
import { claimPath } from '../../domain/claim-anchor.ts';
import { StanceShape } from './stance-shape.tsx';
import { TickAxis } from './tick-axis.tsx';
import { ShowMore, useShownList } from '../show-more.tsx';

/**
 * Rows drawn at first, then a page at a time: a large archive's chart has up to MAX_ROWS
 * events of about 45 nodes each, and its charts together drew 23,000 nodes at 100,000 claims.
 */
const ROW_PAGES = { page: 50, whole: 60 };

/** Points closer than this many pixels stack in lanes. */
const POINT_GAP = 18;
/** Text-xs digits (tabular) are 0.65em wide at most: 7.8 px. */

/** The quantity in words, as the event page names it: "Killed", "Seized (leaflets)", "Hectares". */
export function chartName(chart: Pick<AcrossChart, 'quantity' | 'unit'>): string {
  if (chart.quantity === 'other')
    return chart.unit ? chart.unit[0]!.toUpperCase() + chart.unit.slice(1) : 'Other counts';
  return `${QUANTITY_LABEL[chart.quantity]}${chart.unit ? ` (${chart.unit})` : ''}`;
}

/** "9 figures on 5 events, 1 derived. The 200 events with the most figures are drawn, 31 left out." */
function chartSentence(chart: AcrossChart): string {
  const derived = chart.derived ? `, ${formatNumber(chart.derived)} derived` : '';
  const capped = chart.eventsLeftOut
    ? ` The ${formatNumber(MAX_ROWS)} events with the most figures are drawn; ${plural(chart.eventsLeftOut, 'event')} with fewer are left out.`
    : '';
  return `${plural(chart.figures, 'figure')} on ${plural(chart.events, 'event')}${derived}.${capped}`;
}

/** The drawn figures in words, built only when opened: a long chart's table is thousands of rows. */
function ChartTable({ chart, name }: { chart: AcrossChart; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-semibold">
        The figures for {name.toLowerCase()} as a table
      </summary>
      {open && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Figures for {name.toLowerCase()}, by event in time order</caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="pr-3 font-semibold">
                  Event
                </th>
                <th scope="col" className="pr-3 font-semibold">
                  Side
                </th>
                <th scope="col" className="pr-3 font-semibold">
                  Figure
                </th>
              </tr>
            </thead>
            <tbody>
              {chart.rows.flatMap((row) =>
                row.marks.map((mark, i) => (
                  <tr key={`${row.event.id}-${mark.claimId}-${i}`} className="border-t border-rule/60 align-top">
                    <td className="py-1 pr-3">
                      {row.event.title} <span className="text-muted">({formatEventDate(row.event.date)})</span>
                    </td>
                    <td className="py-1 pr-3">
                      <span className="inline-flex items-center gap-1.5">
                        <StanceShape stance={mark.stance} hollow={mark.derivedFrom !== undefined} size={12} />
                        {STANCE_LABEL[mark.stance]}, {mark.actorName}
                      </span>
                    </td>
                    <td className="py-1 pr-3">
                      <AppLink to={claimPath(row.event.id, mark.claimId)} className="text-accent underline">
                        {mark.amount} {mark.label}
                      </AppLink>
                      {mark.derivedFrom && <span className="text-muted italic"> · derived: {mark.derivedFrom}</span>}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** One quantity across the filtered events: a row per event, every side's figures on one axis. */
export function AcrossChartSection({ chart }: { chart: AcrossChart }) {
  const name = chartName(chart);
  const id = `across-${chart.key.replace(/[^a-z0-9]+/gi, '-')}`;
  // Until measured, as narrow as the axis gets on a phone: too few labels, never overlapping ones.
  const [axis, width] = useElementWidth<HTMLSpanElement>(240);
  const shown = useShownList(id, chart.rows.length, ROW_PAGES);
  return (
    <section aria-labelledby={id} className="rounded-md border border-rule p-3 sm:p-4">
      <h3 id={id} className="text-lg font-semibold">
        {name}
      </h3>
      <p className="mt-1 text-sm">
        {chartSentence(chart)}
        {chart.scale.kind === 'log' && (
          <span className="text-muted"> The axis is logarithmic: each step is ten times the one before.</span>
        )}
      </p>
      <ul className="mt-2" aria-label={`Figures for ${name.toLowerCase()}, by event in time order`}>
        {chart.rows.slice(0, shown.shown).map((row) => (
          <AcrossRowItem key={row.event.id} row={row} scale={chart.scale} gap={POINT_GAP / Math.max(width, 1)} />
        ))}
      </ul>
      <div className="grid gap-x-4 sm:grid-cols-[minmax(10rem,16rem)_1fr]" aria-hidden="true">
        <span className="hidden sm:block" />
        <span ref={axis} className="block">
          <TickAxis scale={chart.scale} width={width} />
        </span>
      </div>
      <ShowMore list={shown} noun="event" />
      <ChartTable chart={chart} name={name} />
    </section>
  );
}
