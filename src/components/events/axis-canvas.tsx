import { useEffect, useRef, useState } from 'react';
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
    context.canvas.width = Math.round(width * ratio);
    context.canvas.height = Math.round(height * ratio);
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
