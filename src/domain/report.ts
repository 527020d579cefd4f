/**
 * The counts behind the data report (npm run data:report): where the claims come from,
 * who speaks, and where an extraction is thin — an event only one stance speaks about,
 * an actor that never speaks.
 */
import { claimStance, compareEvents } from './dataset-index.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from './vocabulary.ts';
import type { Attribution, ClaimForm, ClaimType, Dataset, Figure, NarrativeEvent, Stance } from './schema.ts';

export interface EventReport {
  event: NarrativeEvent;
  claims: number;
  /** Claims per stance that speaks about the event, in STANCES order. */
  stances: { stance: Stance; claims: number }[];
  disputes: number;
}

export interface DatasetReport {
  bySource: { sourceId: string; claims: number }[];
  byStance: { stance: Stance; claims: number }[];
  byType: { type: ClaimType; claims: number }[];
  /** Claims per form and per way the claimant is known, per stance; `none` where a claim does not say. */
  byForm: { stance: Stance; counts: Record<ClaimForm | 'none', number> }[];
  byAttribution: { stance: Stance; counts: Record<Attribution | 'none', number> }[];
  /** Every event, in time order. */
  events: EventReport[];
  /** Events with claims from a single stance: no other account to set beside it. */
  oneStance: EventReport[];
  /** Actors with no claim of their own: some only pass others' words on, some are only spoken about or to. */
  relayOnly: string[];
  spokenAboutOnly: string[];
  idle: string[];
  withFigures: { claimId: string; eventId: string; figures: Figure[] }[];
}

function countBy<K extends string>(keys: readonly K[], values: Iterable<K>): { key: K; count: number }[] {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

export function datasetReport(dataset: Dataset): DatasetReport {
  const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const stanceOf = new Map(dataset.claims.map((claim) => [claim, claimStance(claim, actorById)]));

  const events = [...dataset.events].sort(compareEvents).map((event): EventReport => {
    const claims = dataset.claims.filter((claim) => claim.eventId === event.id);
    const stances = countBy(
      STANCES,
      claims.map((claim) => stanceOf.get(claim)!),
    )
      .filter(({ count }) => count > 0)
      .map(({ key, count }) => ({ stance: key, claims: count }));
    const disputes = dataset.disputes.filter((dispute) => dispute.eventId === event.id).length;
    return { event, claims: claims.length, stances, disputes };
  });

  const speakers = new Set(dataset.claims.map((claim) => claim.actorId));
  // Actors the claims are about or addressed to: spoken of, if not speaking.
  const objects = new Set(
    dataset.claims.flatMap((claim) => [
      ...(claim.object ?? []).map((object) => object.actorId),
      ...(claim.addressee ?? []),
    ]),
  );
  const perStance = <K extends string>(
    keys: readonly K[],
    key: (claim: (typeof dataset.claims)[number]) => K | undefined,
  ) =>
    STANCES.map((stance) => {
      const counts = Object.fromEntries([...keys, 'none'].map((k) => [k, 0])) as Record<K | 'none', number>;
      for (const claim of dataset.claims) if (stanceOf.get(claim) === stance) counts[key(claim) ?? 'none']++;
      return { stance, counts };
    });
  const relays = new Set(dataset.claims.flatMap((claim) => claim.reportedVia));
  const silent = dataset.actors.map((actor) => actor.id).filter((id) => !speakers.has(id));

  return {
    bySource: countBy(
      dataset.sources.map((source) => source.id),
      dataset.claims.map((claim) => claim.sourceId),
    ).map(({ key, count }) => ({ sourceId: key, claims: count })),
    byStance: countBy(STANCES, stanceOf.values()).map(({ key, count }) => ({ stance: key, claims: count })),
    byType: countBy(
      CLAIM_TYPES,
      dataset.claims.map((claim) => claim.type),
    ).map(({ key, count }) => ({ type: key, claims: count })),
    byForm: perStance(CLAIM_FORMS, (claim) => claim.form),
    byAttribution: perStance(ATTRIBUTIONS, (claim) => claim.attribution),
    events,
    oneStance: events.filter((row) => row.stances.length === 1),
    relayOnly: silent.filter((id) => relays.has(id)),
    spokenAboutOnly: silent.filter((id) => !relays.has(id) && objects.has(id)),
    idle: silent.filter((id) => !relays.has(id) && !objects.has(id)),
    withFigures: dataset.claims
      .filter((claim) => claim.figures?.length)
      .map((claim) => ({ claimId: claim.id, eventId: claim.eventId, figures: claim.figures! })),
  };
}
