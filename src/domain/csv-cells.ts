/**
 * The cells of a one-sheet spreadsheet that hold more than one value, written and read
 * the same way, so that an exported sheet imports back unchanged:
 * - a date: `2004-11-29`, `2004-11`, `2004`, a range `2005-11-28/2005-12-02`, `~` after an
 *   approximate one (EDTF's mark);
 * - relays: `AFP > Nathan Hamm`, nearest the speaker first;
 * - whom a claim is about: `Hizb ut-Tahrir (accused); KNB (cleared)`;
 * - figures: `killed: 26 (people killed); seized: ~25000+ pamphlets (pamphlets seized)`,
 *   a value, a range `20-30`, at least `25000+` or at most `<=30`, `~` when approximate, a
 *   unit, the label in brackets, and `[derived: how]` for a writer's own arithmetic.
 */
import { isValidPartialDate, precisionOf } from './dates.ts';
import type { EventDate, Figure } from './schema.ts';

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

export function writeDate(date: EventDate): string {
  return [date.start, date.end].filter(Boolean).join('/') + (date.approximate ? '~' : '');
}

export function readDate(text: string, approximate = false): Cell<EventDate> {
  const match = /^(\d{4}(?:-\d{2}){0,2})(?:\s*\/\s*(\d{4}(?:-\d{2}){0,2}))?\s*(~)?$/.exec(text.trim());
  if (!match || !isValidPartialDate(match[1]!) || (match[2] && !isValidPartialDate(match[2]))) {
    const excel = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text.trim())
      ? ' (a spreadsheet may have turned it into a local date: format the column as text)'
      : '';
    return { ok: false, message: `"${text}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD${excel}` };
  }
  const [, start, end, tilde] = match as unknown as [string, string, string | undefined, string | undefined];
  return {
    ok: true,
    value: {
      start,
      ...(end ? { end } : {}),
      precision: precisionOf(start),
      ...(tilde || approximate ? { approximate: true } : {}),
    },
  };
}

/** Yes-like cells: a spreadsheet's TRUE, a ticked "x", "yes", "1". */
export function readFlag(text: string): boolean {
  return /^(?:true|yes|y|x|1|wahr|vrai|oui|ja)$/i.test(text.trim());
}

/** Splits on a separator outside brackets, so that a label "(a; b)" stays whole. */
export function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

export function readRelays(text: string): string[] {
  return text
    .split(/\s*(?:>|→)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** "Name (role)": the last bracket is the role, so a name may hold brackets of its own. */
export function readNamedRoles(text: string): { name: string; role: string }[] {
  return splitOutside(text, ';').map((item) => {
    const match = /^(.*?)\s*\(([^()]*)\)$/.exec(item);
    return match ? { name: match[1]!, role: match[2]!.trim() } : { name: item, role: '' };
  });
}

const number = (n: number) => String(n);

export function writeFigure(figure: Figure): string {
  const amount =
    figure.value !== undefined
      ? number(figure.value)
      : figure.min !== undefined && figure.max !== undefined
        ? `${number(figure.min)}-${number(figure.max)}`
        : figure.min !== undefined
          ? `${number(figure.min)}+`
          : `<=${number(figure.max!)}`;
  return [
    `${figure.quantity}: ${figure.approximate ? '~' : ''}${amount}`,
    figure.unit,
    `(${figure.label})`,
    figure.derived ? `[derived${figure.basis ? `: ${figure.basis}` : ''}]` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

export function writeFigures(figures: readonly Figure[] | undefined): string {
  return (figures ?? []).map(writeFigure).join('; ');
}

const AMOUNT = /^(~)?\s*(<=|≤)?\s*(\d[\d,\s]*(?:\.\d+)?)(?:\s*[-–]\s*(\d[\d,\s]*(?:\.\d+)?)|\s*(\+))?(?:\s+(.*))?$/;
const toNumber = (digits: string) => Number(digits.replace(/[,\s]/g, ''));

/** One figure; the quantity is left as written, for the caller to check against the vocabulary. */
export function readFigure(text: string): Cell<Omit<Figure, 'quantity'> & { quantity: string }> {
  let rest = text.trim();
  let derived: { basis?: string } | undefined;
  const derivedAt = rest.lastIndexOf('[derived');
  if (derivedAt >= 0 && rest.endsWith(']')) {
    const basis = rest.slice(derivedAt + '[derived'.length, -1).replace(/^\s*:\s*/, '');
    derived = basis ? { basis } : {};
    rest = rest.slice(0, derivedAt).trim();
  }
  let label: string | undefined;
  if (rest.endsWith(')')) {
    let depth = 0;
    for (let i = rest.length - 1; i >= 0; i--) {
      if (rest[i] === ')') depth++;
      else if (rest[i] === '(' && --depth === 0) {
        label = rest.slice(i + 1, -1).trim();
        rest = rest.slice(0, i).trim();
        break;
      }
    }
  }
  const colon = rest.indexOf(':');
  const amount = colon > 0 ? AMOUNT.exec(rest.slice(colon + 1).trim()) : null;
  if (!amount)
    return {
      ok: false,
      message: `"${text}" is not a figure such as "killed: 26 (people killed)" or "arrested: ~5000+"`,
    };
  const [, tilde, atMost, first, second, plus, unit] = amount;
  const quantity = rest.slice(0, colon).trim().toLowerCase();
  const bounds = atMost
    ? { max: toNumber(first!) }
    : second
      ? { min: toNumber(first!), max: toNumber(second) }
      : plus
        ? { min: toNumber(first!) }
        : { value: toNumber(first!) };
  return {
    ok: true,
    value: {
      quantity,
      ...bounds,
      ...(unit?.trim() ? { unit: unit.trim() } : {}),
      label: label || quantity,
      ...(tilde ? { approximate: true } : {}),
      ...(derived ? { derived: true, ...derived } : {}),
    },
  };
}
