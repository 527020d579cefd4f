/**
 * How each list dimension of dimensions.ts is shown: its legend in the filter panel, each
 * value's label, hint and marker, and whether its options are few (all listed) or many
 * (the busiest listed, with a box to find the rest). One row per dimension, checked by
 * the type: a dimension added to the table cannot be forgotten here.
 */
import type { ReactNode } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { ListKey } from '../../domain/dimensions.ts';
import type { Attribution, ClaimForm, ClaimType, Stance } from '../../domain/schema.ts';
import {
  ATTRIBUTION_HINT,
  ATTRIBUTION_LABEL,
  CLAIM_TYPE_HINT,
  CLAIM_TYPE_LABEL,
  FORM_HINT,
  FORM_LABEL,
  STANCE_HINT,
  STANCE_LABEL,
} from '../labels.ts';
import { StanceSwatch } from '../stance-badge.tsx';

export interface OptionView {
  label: string;
  hint?: string;
  marker?: ReactNode;
}

export interface DimensionView {
  legend: string;
  /** For a long list: what its options are, plural ("actors"), for "Find actors…". */
  many?: string;
  /** What each option's count counts, plural: "claims made", "events". */
  counted: string;
  option(index: DatasetIndex, value: string): OptionView;
}

const actorOption = (index: DatasetIndex, id: string): OptionView => {
  const actor = index.actorById.get(id);
  if (!actor) return { label: id };
  return {
    label: actor.name,
    hint: [actor.role, ...actor.aliases].join(' · '),
    marker: <StanceSwatch stance={actor.stance} />,
  };
};

const stanceOption = (_: DatasetIndex, value: string): OptionView => ({
  label: STANCE_LABEL[value as Stance],
  hint: STANCE_HINT[value as Stance],
  marker: <StanceSwatch stance={value as Stance} />,
});

export const DIMENSION_VIEWS: Record<ListKey, DimensionView> = {
  stance: { legend: 'Stance', counted: 'claims', option: stanceOption },
  type: {
    legend: 'Claim type',
    counted: 'claims',
    option: (_, value) => ({ label: CLAIM_TYPE_LABEL[value as ClaimType], hint: CLAIM_TYPE_HINT[value as ClaimType] }),
  },
  form: {
    legend: 'Form',
    counted: 'claims',
    option: (_, value) => ({ label: FORM_LABEL[value as ClaimForm], hint: FORM_HINT[value as ClaimForm] }),
  },
  attribution: {
    legend: 'Who is named as claimant',
    counted: 'claims',
    option: (_, value) => ({
      label: ATTRIBUTION_LABEL[value as Attribution],
      hint: ATTRIBUTION_HINT[value as Attribution],
    }),
  },
  dispute: {
    legend: 'Disputes',
    counted: 'events',
    option: (_, value) =>
      value === 'disputed'
        ? { label: 'Accounts disputed', hint: 'Events where the accounts conflict on a question' }
        : { label: 'No dispute recorded', hint: 'Events where the sources give no conflicting accounts' },
  },
  silent: {
    legend: 'Silent stances',
    counted: 'events',
    // Named in full, so that the option is not one more "Official" beside the stance filter's.
    option: (_, value) => ({
      label: `No ${STANCE_LABEL[value as Stance].toLowerCase()} account`,
      hint: `Events about which no ${STANCE_LABEL[value as Stance].toLowerCase()} claim appears in the sources`,
      marker: <StanceSwatch stance={value as Stance} />,
    }),
  },
  actor: { legend: 'Claimant', many: 'claimants', counted: 'claims made', option: actorOption },
  relay: { legend: 'Relayed by', many: 'relays', counted: 'claims relayed', option: actorOption },
  about: { legend: 'Claims about', many: 'people and groups', counted: 'claims about them', option: actorOption },
  source: {
    legend: 'Source',
    counted: 'claims',
    option: (index, id) => {
      const source = index.sourceById.get(id);
      return source ? { label: source.title, hint: `${source.publisher} · ${source.kind}` } : { label: id };
    },
  },
  place: { legend: 'Place', many: 'places', counted: 'claims', option: (_, place) => ({ label: place }) },
};

/** The order of the dimensions in the filter panel: the short lists first, the date between. */
export const PANEL_BEFORE_DATE: readonly ListKey[] = ['stance', 'type', 'form', 'attribution', 'dispute', 'silent'];
export const PANEL_AFTER_DATE: readonly ListKey[] = ['actor', 'relay', 'about', 'source', 'place'];
