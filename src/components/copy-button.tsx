import { useState } from 'react';

/** Copies text and says so, for sighted and screen-reader users alike. */
export function CopyButton({ text, label, done = 'Copied' }: { text: string; label: string; done?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button
      type="button"
      onClick={copy}
      className="rounded border border-rule px-2 py-0.5 text-xs text-muted hover:border-muted hover:text-ink"
    >
      <span aria-live="polite">{state === 'copied' ? done : state === 'failed' ? 'Copy failed' : label}</span>
    </button>
  );
}
