/**
 * Exports of a filtered view: CSV for spreadsheets, JSON in the data model (which imports
 * back to the same view), and JSON-LD with schema.org Claim for linked-data tools.
 */
import { claimStance, type DatasetIndex } from './dataset-index.ts';
import type { Claim, Dataset } from './schema.ts';
import { FORMAT_VERSION } from './vocabulary.ts';

/** Every actor a claim names: its claimant, relays, the actors it is about and addresses. */
export function actorsNamed(claim: Claim): string[] {
  return [
    claim.actorId,
    ...claim.reportedVia,
    ...(claim.object ?? []).map((o) => o.actorId),
    ...(claim.addressee ?? []),
  ];
}

/** The dataset restricted to some claims: their events, actors (relays too), sources and disputes. */
export function subsetDataset(index: DatasetIndex, claimPositions: readonly number[]): Dataset {
  const claims = claimPositions.map((i) => index.claims[i]!);
  const claimIds = new Set(claims.map((c) => c.id));
  const eventIds = new Set(claims.map((c) => c.eventId));
  // Every actor a claim names, so that the subset validates.
  const actorIds = new Set(claims.flatMap(actorsNamed));
  const sourceIds = new Set(claims.map((c) => c.sourceId));
  const disputes = index.dataset.disputes
    .filter((d) => eventIds.has(d.eventId))
    .map((d) => ({
      ...d,
      positions: d.positions
        .map((p) => ({ ...p, claimIds: p.claimIds.filter((id) => claimIds.has(id)) }))
        .filter((p) => p.claimIds.length > 0),
    }))
    // A dispute is only a dispute while two positions remain.
    .filter((d) => d.positions.length >= 2);
  return {
    formatVersion: FORMAT_VERSION,
    sources: index.dataset.sources.filter((s) => sourceIds.has(s.id)),
    actors: index.dataset.actors.filter((a) => actorIds.has(a.id)),
    events: index.events.filter((e) => eventIds.has(e.id)),
    claims,
    disputes,
  };
}

export { csvField } from './csv-text.ts';
export { toCsv, type CsvOptions } from './csv-sheet.ts';

/**
 * A file name that says what was filtered: `narratives-stance-official-from-2004-2026-12-03`,
 * from the view's query string (the dataset parameter left out, it names no filter).
 */
export function exportName(search: string, stamp: string): string {
  const parts = [...new URLSearchParams(search)]
    .filter(([key, value]) => key !== 'dataset' && key !== 'view' && value)
    .map(([key, value]) => `${key}-${value}`);
  const filters = parts
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return ['narratives', filters || 'all', stamp].join('-');
}

/** schema.org Claim for each claim, with its author, where it appeared and when. */
export function toJsonLd(index: DatasetIndex, claims: readonly Claim[], permalink: (claim: Claim) => string) {
  return {
    '@context': 'https://schema.org',
    '@graph': claims.map((claim) => {
      const actor = index.actorById.get(claim.actorId);
      const source = index.sourceById.get(claim.sourceId);
      const event = index.eventById.get(claim.eventId);
      return {
        '@type': 'Claim',
        '@id': permalink(claim),
        identifier: claim.id,
        text: claim.quote,
        abstract: claim.summary,
        author: actor && {
          // Without a kind the author stays an untyped node rather than a guess.
          ...(actor.kind ? { '@type': actor.kind === 'person' ? 'Person' : 'Organization' } : {}),
          name: actor.name,
          description: actor.role,
        },
        datePublished: claim.said?.start ?? source?.published,
        appearance: source && {
          '@type': 'CreativeWork',
          name: source.title,
          publisher: { '@type': 'Organization', name: source.publisher },
          ...(source.author ? { author: source.author } : {}),
          datePublished: source.published,
          ...(source.url ? { url: source.url } : {}),
        },
        about: event && {
          '@type': 'Event',
          name: event.title,
          startDate: event.date.start,
          ...(event.date.end ? { endDate: event.date.end } : {}),
          location: { '@type': 'Place', name: event.place.name },
        },
        keywords: [claim.type, claimStance(claim, index.actorById)],
      };
    }),
  };
}
