/**
 * Every list filter of the explorer, one row each: its key (also its URL parameter), how
 * it is named, which values it takes, and how a claim or its event is coded for it. The
 * URL codec, the one-pass filter, the facet counts, the "blocked by" report and the
 * summary all read this table; the text query and the date range, which are not lists of
 * values, are the only filters outside it. To add a dimension, add a row here (and its
 * column in dataset-index.ts, and how its options are shown in the filter panel).
 */
import type { DatasetIndex } from './dataset-index.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from './vocabulary.ts';

/**
 * How a dimension's values are read, as codes (indexes into `values`): one code per claim,
 * several per claim, one per event or several per event (a claim then takes its event's).
 */
export type Coding =
  | { per: 'claim'; codes: ArrayLike<number> }
  | { per: 'claim'; start: Uint32Array; codes: Uint32Array }
  | { per: 'event'; codes: ArrayLike<number> }
  | { per: 'event'; start: Uint32Array; codes: Uint32Array };

export interface ListDimension {
  key: ListKey;
  /** Lower case, as in "the stance filter" and the summary's "stance: Official". */
  label: string;
  /** Whether a link's value could be one at all (before the dataset is known). */
  accepts(value: string): boolean;
  /** The values in code order; a code past the end (a claim that does not say) matches none. */
  values(index: DatasetIndex): readonly string[];
  coding(index: DatasetIndex): Coding;
  /** What its facet counts: claims, or (for a property of events) events. */
  counts: 'claims' | 'events';
  /** Whether its values come from the dataset (actors, sources, places), not a fixed vocabulary. */
  fromDataset: boolean;
}

export const LIST_KEYS = [
  'actor',
  'relay',
  'stance',
  'type',
  'form',
  'attribution',
  'about',
  'source',
  'dispute',
  'silent',
  'place',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (value: string) => SLUG.test(value);
const oneOf = (vocabulary: readonly string[]) => (value: string) => vocabulary.includes(value);
const actorIds = (index: DatasetIndex) => index.actorIds;

/** Whether the accounts of an event are in dispute: the two values of the dispute dimension. */
export const DISPUTE_VALUES = ['disputed', 'undisputed'] as const;

export const LIST_DIMENSIONS: Record<ListKey, ListDimension> = {
  actor: {
    key: 'actor',
    counts: 'claims',
    fromDataset: true,
    label: 'claimant',
    accepts: slug,
    values: actorIds,
    coding: (index) => ({ per: 'claim', codes: index.columns.actor }),
  },
  relay: {
    key: 'relay',
    counts: 'claims',
    fromDataset: true,
    label: 'relayed by',
    accepts: slug,
    values: actorIds,
    coding: (index) => ({ per: 'claim', start: index.columns.relayStart, codes: index.columns.relays }),
  },
  stance: {
    key: 'stance',
    counts: 'claims',
    fromDataset: false,
    label: 'stance',
    accepts: oneOf(STANCES),
    values: () => STANCES,
    coding: (index) => ({ per: 'claim', codes: index.columns.stance }),
  },
  type: {
    key: 'type',
    counts: 'claims',
    fromDataset: false,
    label: 'claim type',
    accepts: oneOf(CLAIM_TYPES),
    values: () => CLAIM_TYPES,
    coding: (index) => ({ per: 'claim', codes: index.columns.type }),
  },
  form: {
    key: 'form',
    counts: 'claims',
    fromDataset: false,
    label: 'form',
    accepts: oneOf(CLAIM_FORMS),
    values: () => CLAIM_FORMS,
    coding: (index) => ({ per: 'claim', codes: index.columns.form }),
  },
  attribution: {
    key: 'attribution',
    counts: 'claims',
    fromDataset: false,
    label: 'claimant named',
    accepts: oneOf(ATTRIBUTIONS),
    values: () => ATTRIBUTIONS,
    coding: (index) => ({ per: 'claim', codes: index.columns.attribution }),
  },
  about: {
    key: 'about',
    counts: 'claims',
    fromDataset: true,
    label: 'about',
    accepts: slug,
    values: actorIds,
    coding: (index) => ({ per: 'claim', start: index.columns.objectStart, codes: index.columns.objects }),
  },
  source: {
    key: 'source',
    counts: 'claims',
    fromDataset: true,
    label: 'source',
    accepts: slug,
    values: (index) => index.sourceIds,
    coding: (index) => ({ per: 'claim', codes: index.columns.source }),
  },
  dispute: {
    key: 'dispute',
    counts: 'events',
    fromDataset: false,
    label: 'dispute',
    accepts: oneOf(DISPUTE_VALUES),
    values: () => DISPUTE_VALUES,
    coding: (index) => ({ per: 'event', codes: index.eventDisputed }),
  },
  silent: {
    key: 'silent',
    counts: 'events',
    fromDataset: false,
    label: 'silence',
    accepts: oneOf(STANCES),
    values: () => STANCES,
    coding: (index) => ({ per: 'event', start: index.eventSilentStart, codes: index.eventSilent }),
  },
  place: {
    key: 'place',
    counts: 'claims',
    fromDataset: true,
    label: 'place',
    accepts: () => true,
    values: (index) => index.places,
    coding: (index) => ({ per: 'event', codes: index.eventPlace }),
  },
};
