import { useState } from 'react';
import { citeClaim, type CitationFormat } from '../../domain/citation.ts';
import type { Claim } from '../../domain/schema.ts';
import { useIndex } from '../../store/explorer-store.ts';
import { CopyButton } from '../copy-button.tsx';

const FORMATS: { format: CitationFormat; label: string }[] = [
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'ris', label: 'RIS' },
  { format: 'csl-json', label: 'CSL-JSON' },
];

/**
 * The claim's citation in the formats reference managers import (Zotero: "Import from
 * Clipboard"). Written only once opened: a page lists hundreds of cards.
 */
export function CiteFormats({ claim, link }: { claim: Claim; link: string }) {
  const index = useIndex();
  const [open, setOpen] = useState(false);
  return (
    <details className="text-xs text-muted" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer rounded px-1 py-0.5 hover:text-ink">Cite as…</summary>
      {open && (
        <span className="mt-1 flex flex-wrap gap-2">
          {FORMATS.map(({ format, label }) => (
            <CopyButton
              key={format}
              text={citeClaim(format, claim, index, link)}
              label={`Copy ${label}`}
              done={`${label} copied`}
            />
          ))}
        </span>
      )}
    </details>
  );
}
