/**
 * Filters ↔ query string, in one table. The encoding is canonical (fixed key order,
 * sorted and de-duplicated values, defaults omitted) so that one view has one link.
 * Decoding takes any string, never throws, and says what it had to drop.
 */
import { isValidPartialDate, spanEnd, spanStart } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { LIST_DIMENSIONS, LIST_KEYS, type ListKey } from './dimensions.ts';
import { STANCES } from './vocabulary.ts';
import { EMPTY_FILTERS, emptyFilters, EXPLORER_VIEWS, type ExplorerView, type Filters } from './filters.ts';

export interface Notice {
  param: string;
  message: string;
}

/** Parameters whose one value may hold commas. */
const ONE_VALUE = new Set<string>(['q', 'pick']);

/** Longest text query and longest list kept from a link; beyond is dropped with a notice. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_VALUES = 100;

/** Parameters that belong to other parts of the app: not filters, and not unknown. */
const RESERVED = new Set(['dataset']);

interface Param {
  key: keyof Filters;
  encode(filters: Filters): string[];
  decode(values: string[], filters: Filters, notices: Notice[]): void;
}

function listParam(key: ListKey): Param {
  const { accepts: accept, label: what } = LIST_DIMENSIONS[key];
  return {
    key,
    encode: (filters) => [...new Set(filters[key])].sort(),
    decode(values, filters, notices) {
      const kept: string[] = [];
      for (const value of new Set(values)) {
        if (value === '') continue;
        if (!accept(value))
          notices.push({ param: key, message: `Ignored ${what} “${clip(value)}”: not a known value.` });
        else if (kept.length >= MAX_VALUES) {
          notices.push({ param: key, message: `Kept the first ${MAX_VALUES} ${what} values.` });
          break;
        } else kept.push(value);
      }
      filters[key] = kept.sort();
    },
  };
}

function dateParam(key: 'from' | 'to'): Param {
  return {
    key,
    encode: (filters) => (filters[key] ? [filters[key]] : []),
    decode(values, filters, notices) {
      const value = values.find((v) => v !== '');
      if (value === undefined) return;
      if (isValidPartialDate(value)) filters[key] = value;
      else notices.push({ param: key, message: `Ignored date “${clip(value)}”: use YYYY, YYYY-MM or YYYY-MM-DD.` });
    },
  };
}

/** The one table of filter keys ↔ URL parameters, in canonical order. */
export const PARAMS: readonly Param[] = [
  {
    key: 'q',
    encode: (filters) => (filters.q.trim() ? [filters.q.trim()] : []),
    decode(values, filters, notices) {
      const text = values.join(',').trim();
      if (text.length > MAX_QUERY_LENGTH)
        notices.push({ param: 'q', message: `Shortened the search text to ${MAX_QUERY_LENGTH} characters.` });
      filters.q = cut(text, MAX_QUERY_LENGTH);
    },
  },
  // The dimensions' order, except that the dates come before the place, as links always had them.
  ...LIST_KEYS.filter((key) => key !== 'place').map(listParam),
  dateParam('from'),
  dateParam('to'),
  listParam('place'),
  {
    key: 'view',
    encode: (filters) => (filters.view === EMPTY_FILTERS.view ? [] : [filters.view]),
    decode(values, filters, notices) {
      const value = values.find((v) => v !== '');
      if (value === undefined) return;
      if ((EXPLORER_VIEWS as readonly string[]).includes(value)) filters.view = value as ExplorerView;
      else notices.push({ param: 'view', message: `Ignored view “${clip(value)}”: use ${EXPLORER_VIEWS.join(', ')}.` });
    },
  },
  {
    // Order matters here: the reader chose the columns left to right.
    key: 'cols',
    encode: (filters) => [...new Set(filters.cols)],
    decode(values, filters, notices) {
      const kept: string[] = [];
      for (const value of values) {
        if (value === '' || kept.includes(value)) continue;
        if (!isColumnKey(value))
          notices.push({ param: 'cols', message: `Ignored column “${clip(value)}”: use stance:… or actor:….` });
        else if (kept.length >= MAX_COLUMNS) {
          notices.push({ param: 'cols', message: `Kept the first ${MAX_COLUMNS} columns.` });
          break;
        } else kept.push(value);
      }
      filters.cols = kept;
    },
  },
  {
    key: 'only',
    encode: (filters) => (filters.only ? [filters.only] : []),
    decode(values, filters, notices) {
      const value = values.find((v) => v !== '');
      if (value === undefined) return;
      if (isColumnKey(value)) filters.only = value;
      else notices.push({ param: 'only', message: `Ignored blindspots of “${clip(value)}”: use stance:… or actor:….` });
    },
  },
  {
    key: 'pick',
    encode: (filters) => (filters.pick ? [filters.pick] : []),
    decode(values, filters, notices) {
      // One value, which may itself hold commas (a cell names an event and a column).
      const value = values.join(',');
      if (value === '') return;
      if (/^(node|edge|cell):./.test(value) && value.length <= MAX_QUERY_LENGTH) filters.pick = value;
      else notices.push({ param: 'pick', message: `Ignored the selection “${clip(value)}”.` });
    },
  },
];

/** Most columns a comparison keeps from a link. */
export const MAX_COLUMNS = 8;

/** A compare column: a stance (`stance:official`) or an actor (`actor:knb`). */
export function isColumnKey(value: string): boolean {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'stance') return (STANCES as readonly string[]).includes(id);
  return kind === 'actor' && id !== '' && value.indexOf(':') > 0;
}

function clip(value: string): string {
  return value.length > 40 ? `${cut(value, 40)}…` : value;
}

/**
 * The first `length` UTF-16 units of `text`, one fewer when the last would be half of a
 * surrogate pair (an emoji, a rare CJK character): a lone half cannot be written into an
 * address, and `encodeURIComponent` throws on it.
 */
function cut(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/**
 * A value as the browser keeps it in an address. `encodeURIComponent` leaves the
 * apostrophe as it is, but the browser escapes it in a query string: a canonical form
 * with a bare apostrophe would never equal the address it was written to, and the sync
 * would write it again and again.
 */
function encodeValue(value: string): string {
  // A colon is safe in a query and keeps `cols=stance:official` readable.
  return encodeURIComponent(value).replace(/%20/g, '+').replace(/'/g, '%27').replace(/%3A/g, ':');
}

function decodeValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The canonical query string of a view: its filters, then the parameter another part of
 * the app owns (`dataset`), taken from the current search.
 */
export function canonicalSearch(filters: Filters, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch);
  const reserved = [...RESERVED]
    .map((key) => [key, current.get(key)] as const)
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => `${key}=${encodeValue(value!)}`);
  const query = [encodeFilters(filters), ...reserved].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** Canonical query string without "?"; empty for no filters. */
export function encodeFilters(filters: Filters): string {
  const parts: string[] = [];
  for (const param of PARAMS) {
    const values = param.encode(filters);
    if (values.length === 0) continue;
    // The q text is one value; commas inside it are kept as they are.
    const encoded = ONE_VALUE.has(param.key) ? encodeValue(values[0]!) : values.map(encodeValue).join(',');
    parts.push(`${param.key}=${encoded}`);
  }
  return parts.join('&');
}

export function decodeFilters(search: string): { filters: Filters; notices: Notice[] } {
  const filters = emptyFilters();
  const notices: Notice[] = [];
  const values = new Map<string, string[]>();
  const query = search.startsWith('?') ? search.slice(1) : search;

  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeValue(eq < 0 ? pair : pair.slice(0, eq));
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    const param = PARAMS.find((p) => p.key === key);
    if (!param) {
      if (key === null || !RESERVED.has(key))
        notices.push({ param: clip(key ?? pair), message: `Ignored the unknown parameter “${clip(key ?? pair)}”.` });
      continue;
    }
    const list = values.get(param.key) ?? [];
    // The q text and a selection are one value; other parameters list several, comma-separated.
    for (const part of ONE_VALUE.has(param.key) ? [raw] : raw.split(',')) {
      const value = decodeValue(part);
      if (value === null) notices.push({ param: param.key, message: `Ignored a garbled value of “${param.key}”.` });
      else list.push(value);
    }
    values.set(param.key, list);
  }

  for (const param of PARAMS) {
    const list = values.get(param.key);
    if (list) param.decode(list, filters, notices);
  }
  if (filters.from && filters.to && spanStart(filters.from) > spanEnd(filters.to)) {
    notices.push({ param: 'from', message: `“From” ${filters.from} was after “to” ${filters.to}; they were swapped.` });
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return { filters, notices };
}

/** Drops the values the dataset does not know (actors, sources, places), saying which. */
export function restrictToDataset(filters: Filters, index: DatasetIndex): { filters: Filters; notices: Notice[] } {
  const notices: Notice[] = [];
  let restricted = filters;
  for (const key of LIST_KEYS) {
    const dimension = LIST_DIMENSIONS[key];
    if (!dimension.fromDataset || filters[key].length === 0) continue;
    const known = new Set(dimension.values(index));
    const kept = filters[key].filter((value) => {
      if (!known.has(value))
        notices.push({ param: key, message: `Ignored ${dimension.label} “${clip(value)}”: not in this dataset.` });
      return known.has(value);
    });
    if (kept.length !== filters[key].length) restricted = { ...restricted, [key]: kept };
  }
  return { filters: restricted, notices };
}
