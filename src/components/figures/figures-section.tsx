import { useMemo } from 'react';
import { figureAxes, spreadSentence, type FigureAxis, type FigureScale } from '../../domain/figures.ts';
import type { Claim } from '../../domain/schema.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { QUANTITY_LABEL } from '../labels.ts';
import { useElementWidth } from '../use-element-width.ts';
import { FigureRow } from './figure-row.tsx';
import { TickAxis } from './tick-axis.tsx';

/** The quantity in words for headings and sentences: "Killed", "Seized (leaflets)", "Hectares". */
function axisName(axis: FigureAxis): string {
  if (axis.quantity === 'other') return axis.unit ? axis.unit[0]!.toUpperCase() + axis.unit.slice(1) : 'Other counts';
  return `${QUANTITY_LABEL[axis.quantity]}${axis.unit ? ` (${axis.unit})` : ''}`;
}

/** One quantity: the spread in a sentence, then each figure as a row over a shared axis. */
function FigureChart({ eventId, axis }: { eventId: string; axis: FigureAxis }) {
  const name = axisName(axis);
  const id = `figures-${axis.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <section aria-labelledby={id} className="rounded-md border border-rule p-4">
      <h3 id={id} className="text-lg font-semibold">
        {name}
      </h3>
      <p className="mt-1 text-sm">
        {spreadSentence(axis, name.toLowerCase())}
        {axis.scale.kind === 'log' && (
          <span className="text-muted"> The axis is logarithmic: each step is ten times the one before.</span>
        )}
      </p>
      <ul className="mt-2" aria-label={`Figures for ${name.toLowerCase()}, smallest first`}>
        {axis.marks.map((mark, i) => (
          <FigureRow key={`${mark.claimId}-${i}`} eventId={eventId} mark={mark} scale={axis.scale} />
        ))}
      </ul>
      <div className="grid gap-x-4 sm:grid-cols-[minmax(12rem,18rem)_1fr]" aria-hidden="true">
        <span className="hidden sm:block" />
        <MeasuredTickAxis scale={axis.scale} />
      </div>
    </section>
  );
}

/** The numbers under the rows, as many as fit the axis's width. */
function MeasuredTickAxis({ scale }: { scale: FigureScale }) {
  // Until measured, as narrow as the axis gets on a phone: too few labels, never overlapping ones.
  const [ref, width] = useElementWidth<HTMLSpanElement>(240);
  return <TickAxis scale={scale} width={width} measure={ref} />;
}

/**
 * Every side's figures for this event, one axis per quantity: a reader sees at once
 * whether the official and the independent numbers differ, and by how much.
 */
export function FiguresSection({ eventId, claims }: { eventId: string; claims: readonly Claim[] }) {
  const index = useIndex();
  const axes = useMemo(() => figureAxes(claims, index.actorById), [claims, index]);
  if (axes.length === 0) return null;
  return (
    <section aria-labelledby="figures-heading" className="mt-8">
      <h2 id="figures-heading" className="text-2xl font-semibold">
        Figures
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">
        The numbers the accounts give, on one axis per quantity, smallest first. Each row links to its claim.
      </p>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        {axes.map((axis) => (
          <FigureChart key={axis.key} eventId={eventId} axis={axis} />
        ))}
      </div>
    </section>
  );
}
