/**
 * The columns of the one-sheet spreadsheet of claims: one table, read by the import, the
 * export and the template alike. Each column has its name (what the export and the
 * template write), the other names a sheet may use (case, spaces and hyphens do not
 * matter), and what it fills in the data model, for messages.
 */
export interface SheetColumn {
  name: string;
  aliases?: readonly string[];
  required?: boolean;
  /** The field of the data model the column fills, as validation names it. */
  fields?: readonly string[];
  hint: string;
}

export const SHEET_COLUMNS = [
  { name: 'claim_id', aliases: ['id'], fields: ['claims.id'], hint: 'optional; made from event and actor when empty' },
  {
    name: 'event',
    aliases: ['event_title'],
    required: true,
    fields: ['events.title', 'claims.eventId'],
    hint: 'the event the claim is about',
  },
  { name: 'event_id', fields: ['events.id'], hint: 'optional; made from the event title when empty' },
  {
    name: 'event_date',
    aliases: ['date'],
    required: true,
    fields: ['events.date'],
    hint: 'YYYY, YYYY-MM or YYYY-MM-DD; a range as start/end',
  },
  { name: 'event_date_approximate', aliases: ['approximate'], hint: 'yes when the event date is approximate' },
  { name: 'event_summary', fields: ['events.summary'], hint: 'optional; the title when empty' },
  { name: 'place', required: true, fields: ['events.place'], hint: 'where the event happened' },
  {
    name: 'actor',
    aliases: ['claimant', 'actor_name'],
    required: true,
    fields: ['actors.name', 'claims.actorId'],
    hint: 'who made the statement or did the act',
  },
  { name: 'actor_id', fields: ['actors.id'], hint: 'optional; made from the name when empty' },
  { name: 'actor_role', fields: ['actors.role'], hint: 'optional, e.g. "Police chief of Almaty"' },
  {
    name: 'stance',
    required: true,
    fields: ['claims.stance', 'actors.stance'],
    hint: 'the capacity the claimant speaks in',
  },
  { name: 'type', aliases: ['claim_type'], required: true, fields: ['claims.type'], hint: 'what kind of claim' },
  { name: 'form', fields: ['claims.form'], hint: 'statement, or act (an arrest, a ban)' },
  { name: 'attribution', fields: ['claims.attribution'], hint: 'how the claimant is known' },
  { name: 'attribution_note', fields: ['claims.attributionNote'], hint: 'why an inferred claimant' },
  { name: 'hedges', fields: ['claims.hedges'], hint: 'the reporter\u2019s distancing words, separated by " | "' },
  {
    name: 'object',
    aliases: ['about'],
    fields: ['claims.object'],
    hint: 'whom the claim is about: "Name (role); Name (role)"',
  },
  { name: 'object_note', fields: ['claims.objectNote'], hint: 'why no one is named' },
  { name: 'addressee', fields: ['claims.addressee'], hint: 'whom the claim is directed at: "Name; Name"' },
  {
    name: 'summary',
    aliases: ['claim_summary'],
    required: true,
    fields: ['claims.summary'],
    hint: 'one sentence in your own words',
  },
  { name: 'quote', required: true, fields: ['claims.quote'], hint: 'the source\u2019s words, verbatim' },
  {
    name: 'source',
    aliases: ['source_title'],
    required: true,
    fields: ['sources.title', 'claims.sourceId'],
    hint: 'the document the claim is in',
  },
  { name: 'source_id', fields: ['sources.id'], hint: 'optional; made from the source title when empty' },
  { name: 'publisher', aliases: ['source_publisher'], fields: ['sources.publisher'], hint: 'who published the source' },
  { name: 'source_author', aliases: ['author'], fields: ['sources.author'], hint: 'optional' },
  {
    name: 'source_date',
    aliases: ['source_published', 'published'],
    required: true,
    fields: ['sources.published'],
    hint: 'YYYY, YYYY-MM or YYYY-MM-DD',
  },
  { name: 'source_kind', fields: ['sources.kind'], hint: 'optional; "other" when empty' },
  { name: 'source_url', aliases: ['url'], fields: ['sources.url'], hint: 'optional' },
  {
    name: 'reported_via',
    aliases: ['relays', 'relayed_by'],
    fields: ['claims.reportedVia'],
    hint: 'the relay chain, nearest the speaker first: "AFP > Nathan Hamm"',
  },
  { name: 'said', aliases: ['said_date'], fields: ['claims.said'], hint: 'when it was said or done, as a date' },
  { name: 'figures', fields: ['claims.figures'], hint: '"killed: 26 (people killed); arrested: ~5000"' },
] as const satisfies readonly SheetColumn[];

export type SheetColumnName = (typeof SHEET_COLUMNS)[number]['name'];

/** Columns an export writes for readers that the import has no use for. */
export const IGNORED_COLUMNS = ['permalink'] as const;

export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const BY_NAME = new Map<string, SheetColumnName>(
  SHEET_COLUMNS.flatMap((column) =>
    [column.name, ...('aliases' in column ? column.aliases : [])].map((name): [string, SheetColumnName] => [
      name,
      column.name,
    ]),
  ),
);

export function columnNamed(header: string): SheetColumnName | undefined {
  return BY_NAME.get(normalizeHeader(header));
}

/** The sheet column that fills a field of the data model, e.g. "claims.actorId" → "actor". */
export function columnOfField(table: string, field: string): SheetColumnName | undefined {
  const key = `${table}.${field}`;
  return SHEET_COLUMNS.find((column) => 'fields' in column && (column.fields as readonly string[]).includes(key))?.name;
}
