import { useEffect, useRef, useState } from 'react';
import type { TimeScale } from '../../domain/time-scale.ts';
import { STANCES, type Stance } from '../../domain/vocabulary.ts';
import { useElementWidth } from '../use-element-width.ts';

export type StanceColors = Record<Stance, string> & { paper: string; muted: string; rule: string };

/** The theme's colours as the canvas needs them: resolved values, not CSS variables. */
function readColors(): StanceColors {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#888';
  const colors = { paper: read('--color-paper'), muted: read('--color-muted'), rule: read('--color-rule') };
  return Object.assign(
    colors,
    Object.fromEntries(STANCES.map((s) => [s, read(`--color-stance-${s}`)])),
  ) as StanceColors;
}

/** Colours follow the system theme as it changes. */
function useThemeColors(): StanceColors | null {
  const [colors, setColors] = useState<StanceColors | null>(null);
  useEffect(() => {
    const update = () => setColors(readColors());
    update();
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    query?.addEventListener('change', update);
    return () => query?.removeEventListener('change', update);
  }, []);
  return colors;
}

/**
 * A strip of the time axis drawn on a canvas: one element to repaint however many
 * events there are, where hundreds of styled elements cost a style pass per change.
 * Decorative: the list of events says the same in words.
 */
export function AxisCanvas({
  height,
  className,
  draw,
}: {
  height: number;
  className?: string;
  draw: (context: CanvasRenderingContext2D, width: number, height: number, colors: StanceColors) => void;
}) {
  const [box, width] = useElementWidth<HTMLDivElement>(0);
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useThemeColors();

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || !colors || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
    // Setting a canvas' size, even to the same, resets its bitmap and drawing state: only when it changed.
    if (context.canvas.width !== w) context.canvas.width = w;
    if (context.canvas.height !== h) context.canvas.height = h;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    draw(context, width, height, colors);
  }, [draw, width, height, colors]);

  return (
    <div ref={box} className={className} style={{ height }} aria-hidden="true">
      <canvas ref={canvas} style={{ width: '100%', height }} />
    </div>
  );
}

/**
 * Where the scale cuts an empty stretch: the strip is blanked, and two slanted strokes
 * across it say that time is missing there, as on a broken axis in print.
 */
export function drawBreaks(
  context: CanvasRenderingContext2D,
  scale: TimeScale,
  width: number,
  height: number,
  colors: StanceColors,
) {
  for (const piece of scale.pieces) {
    if (!piece.cut) continue;
    const x0 = piece.x0 * width;
    const x1 = piece.x1 * width;
    context.clearRect(x0, 0, x1 - x0, height);
    const middle = (x0 + x1) / 2;
    const lean = Math.min(3, (x1 - x0) / 4);
    context.strokeStyle = colors.muted;
    context.lineWidth = 1.25;
    context.beginPath();
    for (const offset of [-2, 2]) {
      context.moveTo(middle + offset - lean, height);
      context.lineTo(middle + offset + lean, 0);
    }
    context.stroke();
  }
}
