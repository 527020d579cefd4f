/**
 * A one-sheet spreadsheet of claims, one row per claim as a research assistant codes
 * them, turned into the five tables of the data model: one event, actor and source per
 * distinct name, ids made from the names. Every problem is reported by spreadsheet row
 * (the header is row 1, as a spreadsheet numbers it) and column, with the nearest
 * vocabulary value for a misspelt one; the tables are then validated like any import.
 */
import { readDate, readFigure, readFlag, readNamedRoles, readRelays, splitOutside } from './csv-cells.ts';
import {
  columnNamed,
  columnOfField,
  IGNORED_COLUMNS,
  normalizeHeader,
  SHEET_COLUMNS,
  type SheetColumnName,
} from './csv-columns.ts';
import { readCsv } from './csv-read.ts';
import { unescapeCell } from './csv-text.ts';
import { isValidPartialDate } from './dates.ts';
import type { Problem } from './problem.ts';
import type { Actor, Claim, Dataset, Figure, NarrativeEvent, Source, Stance } from './schema.ts';
import { editDistance, readTerm, type VocabularyName } from './suggest.ts';
import { validateDataset, type ValidationResult } from './validate.ts';
import { FORMAT_VERSION } from './vocabulary.ts';

/** A readable slug; a name with no Latin letters or digits (Cyrillic) falls back on `fallback`. */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

function uniqueIds() {
  const used = new Set<string>();
  // The next suffix to try for each base, so that a thousand rows of one pair stay linear.
  const next = new Map<string, number>();
  return (base: string) => {
    let id = base;
    for (let n = next.get(base) ?? 2; used.has(id); n++) {
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}

interface Built<T> {
  record: T;
  row: number;
  /** The cells that define it, to tell a second row that contradicts the first. */
  signature: string;
}

function readHeader(header: string[], file: string, problems: Problem[]) {
  const positions = new Map<SheetColumnName, number>();
  header.forEach((cell, i) => {
    if (!cell || (IGNORED_COLUMNS as readonly string[]).includes(normalizeHeader(cell))) return;
    const column = columnNamed(cell);
    if (!column) {
      const near = SHEET_COLUMNS.map((c) => c.name).find((name) => editDistance(normalizeHeader(cell), name) <= 2);
      problems.push({
        path: `${file} column "${cell}"`,
        message: `is not a column of the claims sheet${near ? `; did you mean "${near}"?` : ''}`,
      });
    } else if (positions.has(column)) {
      problems.push({ path: `${file} column "${cell}"`, message: `repeats the column "${column}"` });
    } else positions.set(column, i);
  });
  for (const column of SHEET_COLUMNS)
    if ('required' in column && !positions.has(column.name))
      problems.push({ path: file, message: `has no column "${column.name}"` });
  return positions;
}

export function readClaimsSheet(text: string, file: string): ValidationResult {
  const csv = readCsv(text);
  if (!csv.ok) return { ok: false, problems: [{ path: file, message: csv.message }] };
  return readClaimsRows(csv.header, csv.rows, file);
}

/**
 * The sheet as a header and rows of text cells, from a CSV or any other table (Parquet).
 * `firstRow`: the number of the first row in messages (2 in a spreadsheet, under its header).
 */
export function readClaimsRows(header: string[], rows: string[][], file: string, firstRow = 2): ValidationResult {
  const problems: Problem[] = [];
  const positions = readHeader(header, file, problems);
  if (problems.length > 0) return { ok: false, problems };

  const events = new Map<string, Built<NarrativeEvent>>();
  const actors = new Map<string, Built<Actor>>();
  const sources = new Map<string, Built<Source>>();
  const claims: Built<Claim>[] = [];
  const placeholderStance = new Set<string>();
  const ids = { events: uniqueIds(), actors: uniqueIds(), sources: uniqueIds(), claims: uniqueIds() };
  // A claimant's id, where the sheet gives one, holds wherever its name appears (relays and objects too).
  const givenActorIds = new Map<string, string>();
  const [nameAt, idAt] = [positions.get('actor'), positions.get('actor_id')];
  if (nameAt !== undefined && idAt !== undefined)
    for (const cells of rows) {
      const [name, id] = [cells[nameAt]?.trim().toLowerCase(), cells[idAt]?.trim()];
      if (name && id && !givenActorIds.has(name)) givenActorIds.set(name, id);
    }

  rows.forEach((cells, i) => {
    const row = i + firstRow;
    const cell = (column: SheetColumnName) => {
      const at = positions.get(column);
      return at === undefined ? '' : unescapeCell((cells[at] ?? '').trim());
    };
    const report = (column: SheetColumnName, message: string) =>
      problems.push({ path: `${file} row ${row}, column "${column}"`, message });
    const term = (vocabulary: VocabularyName, column: SheetColumnName, value = cell(column)) => {
      if (!value) return undefined;
      const result = readTerm(vocabulary, value);
      if (!result.ok) report(column, result.message);
      return result.ok ? result.value : undefined;
    };
    for (const column of SHEET_COLUMNS) if ('required' in column && !cell(column.name)) report(column.name, 'is empty');

    const actorNamed = (name: string, stance?: Stance): string => {
      const key = name.toLowerCase();
      const known = actors.get(key);
      if (known) {
        if (stance && placeholderStance.delete(known.record.id)) known.record.stance = stance;
        return known.record.id;
      }
      const claimant = stance !== undefined;
      const id = ids.actors(givenActorIds.get(key) ?? slugify(name, `actor-${actors.size + 1}`));
      if (!stance) placeholderStance.add(id);
      actors.set(key, {
        row,
        signature: '',
        record: {
          id,
          name,
          aliases: [],
          // An actor that only relays or is spoken about has no stance in the sheet.
          stance: stance ?? 'other',
          role: (claimant && cell('actor_role')) || 'not given in the sheet',
          description: `Imported from ${file}.`,
        },
      });
      return id;
    };

    const title = cell('event');
    let eventId = '';
    if (title) {
      const key = cell('event_id') || title.toLowerCase();
      const signature = `${cell('event_date')}|${cell('event_date_approximate')}|${cell('place')}`;
      const known = events.get(key);
      if (known) {
        eventId = known.record.id;
        if (known.signature !== signature)
          report(
            'event_date',
            `"${title}" has another date or place on row ${known.row}: one event, one date and place`,
          );
      } else {
        const date = readDate(cell('event_date'), readFlag(cell('event_date_approximate')));
        if (!date.ok && cell('event_date')) report('event_date', date.message);
        eventId = ids.events(cell('event_id') || slugify(title, `event-${events.size + 1}`));
        events.set(key, {
          row,
          signature,
          record: {
            id: eventId,
            title,
            summary: cell('event_summary') || title,
            date: date.ok ? date.value : { start: '0000', precision: 'year' },
            place: { name: cell('place') },
            tags: [],
          },
        });
      }
    }

    const sourceTitle = cell('source');
    let sourceId = '';
    if (sourceTitle) {
      const key = cell('source_id') || sourceTitle.toLowerCase();
      const signature = `${cell('source_date')}|${cell('publisher')}`;
      const known = sources.get(key);
      if (known) {
        sourceId = known.record.id;
        if (known.signature !== signature)
          report('source_date', `"${sourceTitle}" has another date or publisher on row ${known.row}`);
      } else {
        const published = cell('source_date');
        if (published && !isValidPartialDate(published))
          report(
            'source_date',
            readDate(published).ok
              ? 'give one date, not a range'
              : (readDate(published) as { message: string }).message,
          );
        sourceId = ids.sources(cell('source_id') || slugify(sourceTitle, `source-${sources.size + 1}`));
        const author = cell('source_author');
        const url = cell('source_url');
        sources.set(key, {
          row,
          signature,
          record: {
            id: sourceId,
            title: sourceTitle,
            publisher: cell('publisher') || 'not given in the sheet',
            ...(author ? { author } : {}),
            published,
            kind: (term('source kind', 'source_kind') as Source['kind'] | undefined) ?? 'other',
            ...(url ? { url } : {}),
          },
        });
      }
    }

    const stance = term('stance', 'stance') as Stance | undefined;
    const actorId = cell('actor') ? actorNamed(cell('actor'), stance ?? 'other') : '';
    const actorStance = actors.get(cell('actor').toLowerCase())?.record.stance;
    const type = term('type', 'type') as Claim['type'] | undefined;
    const form = term('form', 'form') as Claim['form'];
    const attribution = term('attribution', 'attribution') as Claim['attribution'];
    const object = readNamedRoles(cell('object')).map(({ name, role }) => ({
      actorId: actorNamed(name),
      role: (role
        ? term('role', 'object', role)
        : (report('object', `"${name}" has no role in brackets, e.g. "${name} (accused)"`), undefined)) as NonNullable<
        Claim['object']
      >[number]['role'],
    }));
    const addressee = splitOutside(cell('addressee'), ';').map((name) => actorNamed(name));
    const hedges = cell('hedges')
      .split('|')
      .map((h) => h.trim())
      .filter(Boolean);
    const said = cell('said') ? readDate(cell('said')) : undefined;
    if (said && !said.ok) report('said', said.message);
    const figures: Figure[] = [];
    for (const item of splitOutside(cell('figures'), ';')) {
      const figure = readFigure(item);
      if (!figure.ok) report('figures', figure.message);
      else if (term('quantity', 'figures', figure.value.quantity))
        figures.push({ ...figure.value, quantity: figure.value.quantity as Figure['quantity'] });
    }
    const note = (column: SheetColumnName) => cell(column) || undefined;
    const claim: Claim = {
      id: ids.claims(cell('claim_id') || `${slugify(cell('actor'), 'actor')}-${eventId || 'event'}`.slice(0, 100)),
      eventId,
      actorId,
      ...(stance && stance !== actorStance ? { stance } : {}),
      type: type ?? 'context',
      ...(form ? { form } : {}),
      ...(attribution ? { attribution } : {}),
      ...(note('attribution_note') ? { attributionNote: note('attribution_note') } : {}),
      ...(hedges.length ? { hedges } : {}),
      ...(object.length ? { object } : {}),
      ...(note('object_note') ? { objectNote: note('object_note') } : {}),
      ...(addressee.length ? { addressee } : {}),
      summary: cell('summary'),
      quote: cell('quote'),
      sourceId,
      reportedVia: readRelays(cell('reported_via')).map((name) => actorNamed(name)),
      ...(said?.ok ? { said: said.value } : {}),
      ...(figures.length ? { figures } : {}),
    };
    claims.push({ row, signature: '', record: claim });
  });

  if (problems.length > 0) return { ok: false, problems };
  const tables = {
    sources: [...sources.values()],
    actors: [...actors.values()],
    events: [...events.values()],
    claims,
  };
  const result = validateDataset(
    {
      formatVersion: FORMAT_VERSION,
      ...Object.fromEntries(Object.entries(tables).map(([name, built]) => [name, built.map((b) => b.record)])),
      disputes: [],
    } as Partial<Dataset>,
    (table) => table,
  );
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((problem) => atRow(problem, tables, file)) };
}

/** A problem found by validation (`claims[3].said.end`), moved to its row and column. */
function atRow(problem: Problem, tables: Record<string, Built<unknown>[]>, file: string): Problem {
  const match = /^(\w+)\[(\d+)\]\.(\w+)(.*)$/.exec(problem.path);
  const built = match && tables[match[1]!]?.[Number(match[2])];
  if (!match || !built) return { path: file, message: `${problem.path}: ${problem.message}` };
  const column = columnOfField(match[1]!, match[3]!);
  const rest = match[4]!.replace(/^\./, '');
  return {
    path: `${file} row ${built.row}${column ? `, column "${column}"` : ''}`,
    message: `${rest ? `${rest}: ` : ''}${problem.message}`,
  };
}
