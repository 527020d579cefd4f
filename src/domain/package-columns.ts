/**
 * The tables of a Frictionless Data Package, one descriptor per column: its name in the
 * CSV, the field of the data model it holds (a path, for nested ones such as an event's
 * date), and its Table Schema type. The CSV writer, the reader and datapackage.json all
 * read this table, so that a package opens again unchanged.
 */
import {
  ACTOR_KINDS,
  ATTRIBUTIONS,
  CLAIM_FORMS,
  CLAIM_TYPES,
  PRECISIONS,
  SOURCE_KINDS,
  STANCES,
} from './vocabulary.ts';

export interface PackageColumn {
  name: string;
  path: readonly (string | number)[];
  /** Table Schema types; `array` and `object` cells hold JSON, as the specification says. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
  description?: string;
}

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

const s = (name: string, path: string | readonly (string | number)[], extra: Partial<PackageColumn> = {}) => ({
  name,
  path: typeof path === 'string' ? [path] : path,
  type: 'string' as const,
  ...extra,
});
const req = { required: true };
const dateColumns = (prefix: string, field: string, required: boolean): PackageColumn[] => [
  s(`${prefix}_start`, [field, 'start'], { required, pattern: PARTIAL_DATE }),
  s(`${prefix}_end`, [field, 'end'], { pattern: PARTIAL_DATE }),
  s(`${prefix}_precision`, [field, 'precision'], { required, enum: PRECISIONS }),
  { name: `${prefix}_approximate`, path: [field, 'approximate'], type: 'boolean' },
  s(`${prefix}_note`, [field, 'note']),
];

export const PACKAGE_TABLES = {
  sources: [
    s('id', 'id', req),
    s('title', 'title', req),
    s('publisher', 'publisher', req),
    s('author', 'author'),
    s('published', 'published', { required: true, pattern: PARTIAL_DATE }),
    s('kind', 'kind', { required: true, enum: SOURCE_KINDS }),
    s('url', 'url'),
    s('notes', 'notes'),
  ],
  actors: [
    s('id', 'id', req),
    s('name', 'name', req),
    { name: 'aliases', path: ['aliases'], type: 'array', required: true },
    s('stance', 'stance', { required: true, enum: STANCES }),
    s('kind', 'kind', { enum: ACTOR_KINDS }),
    s('role', 'role', req),
    s('description', 'description', req),
  ],
  events: [
    s('id', 'id', req),
    s('title', 'title', req),
    s('summary', 'summary', req),
    ...dateColumns('date', 'date', true),
    s('place_name', ['place', 'name'], req),
    { name: 'place_lat', path: ['place', 'lat'], type: 'number' },
    { name: 'place_lon', path: ['place', 'lon'], type: 'number' },
    { name: 'tags', path: ['tags'], type: 'array', required: true },
  ],
  claims: [
    s('id', 'id', req),
    s('event_id', 'eventId', req),
    s('actor_id', 'actorId', req),
    s('stance', 'stance', { enum: STANCES, description: 'Only where the actor spoke in another capacity' }),
    s('type', 'type', { required: true, enum: CLAIM_TYPES }),
    s('form', 'form', { enum: CLAIM_FORMS }),
    s('attribution', 'attribution', { enum: ATTRIBUTIONS }),
    s('attribution_note', 'attributionNote'),
    { name: 'hedges', path: ['hedges'], type: 'array' },
    { name: 'object', path: ['object'], type: 'array', description: '[{"actorId": …, "role": …}]' },
    s('object_note', 'objectNote'),
    { name: 'addressee', path: ['addressee'], type: 'array' },
    s('summary', 'summary', req),
    s('quote', 'quote', req),
    s('source_id', 'sourceId', req),
    { name: 'reported_via', path: ['reportedVia'], type: 'array', required: true },
    ...dateColumns('said', 'said', false),
    s('shared_quote_note', 'sharedQuoteNote'),
    { name: 'figures', path: ['figures'], type: 'array' },
  ],
  disputes: [s('id', 'id', req), s('event_id', 'eventId', req), s('question', 'question', req)],
  dispute_positions: [
    s('dispute_id', 'disputeId', req),
    { name: 'position', path: ['position'], type: 'integer', required: true },
    s('label', 'label', req),
    s('claim_id', 'claimId', req),
  ],
} as const satisfies Record<string, readonly PackageColumn[]>;

export type PackageTable = keyof typeof PACKAGE_TABLES;
export const PACKAGE_TABLE_NAMES = Object.keys(PACKAGE_TABLES) as PackageTable[];

export const FOREIGN_KEYS: Partial<Record<PackageTable, [string, PackageTable][]>> = {
  claims: [
    ['event_id', 'events'],
    ['actor_id', 'actors'],
    ['source_id', 'sources'],
  ],
  disputes: [['event_id', 'events']],
  dispute_positions: [
    ['dispute_id', 'disputes'],
    ['claim_id', 'claims'],
  ],
};
