/**
 * Citing a claim: the plain text a reader pastes, and BibTeX, RIS and CSL-JSON (what
 * Zotero and reference managers import). What is cited is the source; the claimant, the
 * quote and the relay chain go with it, since "who said so, through whom" is the point.
 */
import { formatEventDate, formatPartialDate } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { Claim, Source } from './schema.ts';

type Index = Pick<DatasetIndex, 'actorById' | 'sourceById'>;

/** "Agence France-Presse → Nathan Hamm": nearest the speaker first, as the claim card shows it. */
export function relayChain(claim: Claim, index: Index): string {
  return claim.reportedVia.map((id) => index.actorById.get(id)?.name ?? id).join(' → ');
}

/** What the citation says of the claim itself: who, through whom, in what words. */
function claimNote(claim: Claim, index: Index, link: string): string {
  const who = index.actorById.get(claim.actorId)?.name ?? claim.actorId;
  const via = relayChain(claim, index);
  return [
    `${who}${via ? ` (reported via ${via})` : ''}: “${claim.quote}”`,
    claim.said && `said ${formatEventDate(claim.said)}`,
    `Narratives: ${link}`,
  ]
    .filter(Boolean)
    .join('. ');
}

export function plainCitation(claim: Claim, index: Index, link: string): string {
  const who = index.actorById.get(claim.actorId)?.name ?? claim.actorId;
  const via = relayChain(claim, index);
  const source = index.sourceById.get(claim.sourceId);
  return [
    `${who}${via ? `, reported via ${via}` : ''}: “${claim.quote}”`,
    source &&
      `${source.author ? `${source.author}, ` : ''}“${source.title}”, ${source.publisher}, ${formatPartialDate(source.published)}`,
    claim.said && `said ${formatEventDate(claim.said)}`,
    link,
  ]
    .filter(Boolean)
    .join('. ');
}

const dateParts = (date: string) => date.split('-').map(Number);

// The reference types each format has for the kinds of source in the data model.
const BIBTEX_TYPE: Partial<Record<Source['kind'], string>> = {
  news: 'article',
  opinion: 'article',
  book: 'book',
  report: 'techreport',
};
const RIS_TYPE: Partial<Record<Source['kind'], string>> = {
  news: 'NEWS',
  opinion: 'NEWS',
  blog: 'BLOG',
  wiki: 'ELEC',
  book: 'BOOK',
  report: 'RPRT',
  'court-record': 'CASE',
  'press-release': 'PRESS',
};
const CSL_TYPE: Partial<Record<Source['kind'], string>> = {
  news: 'article-newspaper',
  opinion: 'article-newspaper',
  blog: 'post-weblog',
  wiki: 'entry-encyclopedia',
  book: 'book',
  report: 'report',
  'social-media': 'post',
  'court-record': 'legal_case',
};

/** BibTeX's special characters, escaped so that any title or quote compiles. */
function tex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '^' || char === '~' ? `\\${char}{}` : `\\${char}`,
  );
}

function bibtexEntry(key: string, source: Source, note?: string): string {
  const type = BIBTEX_TYPE[source.kind] ?? 'misc';
  const [year, month] = dateParts(source.published);
  const fields: [string, string | undefined][] = [
    ['title', `{${tex(source.title)}}`],
    // A publisher that is also the author is a corporate name, kept whole by the double braces.
    ['author', source.author ? `{${tex(source.author)}}` : `{{${tex(source.publisher)}}}`],
    [
      type === 'article'
        ? 'journal'
        : type === 'techreport'
          ? 'institution'
          : type === 'book'
            ? 'publisher'
            : 'howpublished',
      `{${tex(source.publisher)}}`,
    ],
    ['year', String(year)],
    ['month', month ? String(month) : undefined],
    ['date', source.published],
    ['url', source.url && `{${source.url}}`],
    ['note', note && `{${tex(note)}}`],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = ${value.startsWith('{') ? value : `{${value}}`}`)
    .join(',\n');
  return `@${type}{${key.replace(/[^A-Za-z0-9_:-]/g, '-')},\n${body}\n}\n`;
}

function risEntry(source: Source, note?: string, link?: string): string {
  const [year, month, day] = source.published.split('-');
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPE[source.kind] ?? 'GEN'],
    ['TI', source.title],
    ['AU', source.author ?? source.publisher],
    ['PB', source.publisher],
    ['PY', year],
    ['DA', `${year}/${month ?? ''}/${day ?? ''}/`],
    ['UR', source.url ?? link],
    ['N1', note],
    ['ER', ''],
  ];
  return (
    lines
      .filter((line): line is [string, string] => line[1] !== undefined)
      .map(([tag, value]) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`)
      .join('\r\n') + '\r\n'
  );
}

function cslItem(id: string, source: Source, note?: string) {
  return {
    id,
    type: CSL_TYPE[source.kind] ?? 'document',
    title: source.title,
    author: [{ literal: source.author ?? source.publisher }],
    publisher: source.publisher,
    ...(CSL_TYPE[source.kind] === 'article-newspaper' ? { 'container-title': source.publisher } : {}),
    issued: { 'date-parts': [dateParts(source.published)] },
    ...(source.url ? { URL: source.url } : {}),
    ...(note ? { note } : {}),
  };
}

export type CitationFormat = 'bibtex' | 'ris' | 'csl-json';

/** One claim in a reference manager's format: its source, with the claim in the note. */
export function citeClaim(format: CitationFormat, claim: Claim, index: Index, link: string): string {
  const source = index.sourceById.get(claim.sourceId);
  if (!source) return '';
  const note = claimNote(claim, index, link);
  if (format === 'bibtex') return bibtexEntry(claim.id, source, note);
  if (format === 'ris') return risEntry(source, note, link);
  return JSON.stringify([cslItem(claim.id, source, note)], null, 2);
}

/** The sources of some claims, each once, as a bibliography. */
export function bibliography(format: CitationFormat, sources: readonly Source[]): string {
  if (format === 'bibtex') return sources.map((source) => bibtexEntry(source.id, source)).join('\n');
  if (format === 'ris') return sources.map((source) => risEntry(source)).join('');
  return JSON.stringify(
    sources.map((source) => cslItem(source.id, source)),
    null,
    2,
  );
}
