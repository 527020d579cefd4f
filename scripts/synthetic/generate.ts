/**
 * A seeded synthetic dataset of any size, valid against the schema and its
 * cross-references: claims skewed towards a few busy events and talkative actors,
 * relay chains, figures on casualty claims, and disputes between claims of one event.
 */
import type { Actor, Claim, ClaimType, Dataset, Dispute, Figure, Stance } from '../../src/domain/schema.ts';
import { STANCES, TYPES_WITH_OBJECT } from '../../src/domain/vocabulary.ts';
import { Random } from './random.ts';
import { DAY_MS, isoDay, makeActor, makeEvent, makeSource, sentence, type EventDraft } from './records.ts';
import * as w from './words.ts';

export interface SyntheticOptions {
  events: number;
  actors: number;
  claims: number;
  seed: number;
}

const TYPE_WEIGHTS: [ClaimType, number][] = [
  ['context', 20],
  ['accusation', 15],
  ['legal-action', 13],
  ['characterization', 10],
  ['responsibility', 10],
  ['casualties', 9],
  ['evidence', 8],
  ['warning', 8],
  ['motive', 4],
  ['denial', 3],
];

/** What the claim says, in the editors' words, and the numbers it gives. */
function claimText(rng: Random, type: ClaimType, who: string, draft: EventDraft): { core: string; figures?: Figure[] } {
  const { incident, city } = draft;
  const group = rng.pick(w.GROUPS);
  switch (type) {
    case 'responsibility':
      return { core: `${who} blamed ${group} for the ${incident} in ${city}` };
    case 'casualties': {
      const killed = rng.skewed(300, 3);
      const figures: Figure[] = [
        rng.chance(0.75)
          ? { quantity: 'killed', value: killed, label: 'people killed' }
          : {
              quantity: 'killed',
              min: killed,
              max: killed + rng.int(1, 80),
              label: 'people killed',
              approximate: true,
            },
      ];
      if (rng.chance(0.5)) figures.push({ quantity: 'wounded', value: rng.int(0, 500), label: 'people wounded' });
      return { core: `${who} said ${killed} people died in the ${incident} in ${city}`, figures };
    }
    case 'characterization':
      return { core: `${who} called the ${incident} ${rng.pick(['an act of terrorism', 'a provocation', 'a crime'])}` };
    case 'motive':
      return { core: `${who} said the ${incident} was driven by ${rng.pick(['revenge', 'unpaid wages', 'religion'])}` };
    case 'denial':
      return { core: `${who} denied that ${group} had any part in the ${incident} in ${city}` };
    case 'evidence': {
      const kilograms = rng.int(1, 200);
      return {
        core: `${who} said investigators found ${kilograms} kg of explosives after the ${incident}`,
        figures: [
          { quantity: 'seized', value: kilograms, unit: 'kilograms of explosives', label: 'explosives seized' },
        ],
      };
    }
    case 'warning':
      return { core: `${who} warned that the ${incident} in ${city} could be followed by more violence` };
    case 'legal-action': {
      const suspects = rng.int(1, 40);
      return {
        core: `${who} announced charges against ${suspects} suspects over the ${incident} in ${city}`,
        figures: rng.chance(0.5) ? [{ quantity: 'suspects', value: suspects, label: 'suspects charged' }] : undefined,
      };
    }
    case 'accusation':
      return { core: `${who} accused ${rng.pick(['the police', 'the security services', group])} of lying` };
    default:
      return { core: `${who} noted that the ${incident} in ${city} followed months of tension` };
  }
}

function quote(rng: Random): string {
  const target = rng.int(20, 150);
  let text = rng.chance(0.7) ? `${rng.pick(w.QUOTE_OPENERS)} ${rng.pick(w.QUOTE_BODIES)}` : rng.pick(w.QUOTE_BODIES);
  while (text.length < target) text += ` and ${rng.pick(w.QUOTE_BODIES)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Actors the claim passed through, nearest the speaker first; never the speaker. */
function relayChain(rng: Random, actors: readonly Actor[], speaker: number): string[] {
  if (actors.length < 2 || !rng.chance(0.3)) return [];
  const chain = new Set<number>();
  const length = rng.weighted([
    [1, 70],
    [2, 22],
    [3, 8],
  ]);
  for (let tries = 0; chain.size < length && tries < 10; tries++) {
    const relay = rng.skewed(actors.length, 1.5);
    if (relay !== speaker) chain.add(relay);
  }
  return [...chain].map((i) => actors[i]!.id);
}

function makeClaim(
  rng: Random,
  i: number,
  draft: EventDraft,
  actors: readonly Actor[],
  speaker: number,
  sourceId: string,
) {
  const actor = actors[speaker]!;
  const type = rng.weighted(TYPE_WEIGHTS);
  const { core, figures } = claimText(rng, type, actor.name, draft);
  const claim: Claim = {
    id: `${type}-${i + 1}`,
    eventId: draft.event.id,
    actorId: actor.id,
    type,
    summary: sentence(rng, core, 40, 130),
    quote: quote(rng),
    sourceId,
    reportedVia: relayChain(rng, actors, speaker),
  };
  // Now and then an actor speaks in another capacity than its usual one.
  if (rng.chance(0.04)) claim.stance = rng.pick(STANCES.filter((s): s is Stance => s !== actor.stance));
  if (rng.chance(0.4)) claim.said = { start: isoDay(draft.startMs + rng.int(0, 60) * DAY_MS), precision: 'day' };
  codeClaimant(claim, i, actors, speaker);
  if (figures) claim.figures = figures;
  return claim;
}

/**
 * Form, attribution and object, derived from the claim's position rather than drawn, so
 * that the random sequence (and with it every earlier benchmark's dataset) is unchanged.
 */
function codeClaimant(claim: Claim, i: number, actors: readonly Actor[], speaker: number) {
  claim.form = claim.type === 'legal-action' ? 'act' : 'statement';
  claim.attribution = i % 7 === 3 ? 'inferred' : i % 5 === 1 ? 'reporter' : 'explicit';
  if (claim.attribution === 'inferred') claim.attributionNote = 'The source does not name who did it.';
  if ((TYPES_WITH_OBJECT as readonly string[]).includes(claim.type)) {
    const object = (speaker + 1 + (i % 13)) % actors.length;
    claim.object = [{ actorId: actors[object]!.id, role: claim.type === 'denial' ? 'cleared' : 'accused' }];
  }
}

/** About a third of the events with three claims or more hold one dispute between them. */
function makeDispute(rng: Random, draft: EventDraft, claimIds: readonly string[]): Dispute | undefined {
  if (claimIds.length < 3 || !rng.chance(0.35)) return undefined;
  const count = claimIds.length >= 6 && rng.chance(0.3) ? 3 : 2;
  const chosen = rng.sample(claimIds, Math.min(claimIds.length, count * rng.int(1, 3)));
  const labels = rng.sample(
    [...w.GROUPS.slice(0, 6).map((g) => `${g} carried it out`), 'The authorities staged it', 'It was a crime'],
    count,
  );
  const positions = labels.map((label, p) => ({
    label: label.charAt(0).toUpperCase() + label.slice(1),
    claimIds: chosen.filter((_, k) => k % count === p),
  }));
  return {
    id: `${draft.event.id}-dispute`,
    eventId: draft.event.id,
    question: rng.pick([`Who was behind the ${draft.incident}?`, `What happened in ${draft.city}?`]),
    positions,
  };
}

export function generateDataset({ events, actors, claims, seed }: SyntheticOptions): Dataset {
  const rng = new Random(seed);
  const usedNames = new Set<string>();
  const actorRows = Array.from({ length: actors }, (_, i) => makeActor(rng, i, usedNames));
  const sources = Array.from({ length: Math.max(3, Math.round(claims / 50)) }, (_, i) => makeSource(rng, i));
  const drafts = Array.from({ length: events }, (_, i) => makeEvent(rng, i));
  const byEvent: string[][] = drafts.map(() => []);

  const claimRows = Array.from({ length: claims }, (_, i) => {
    // Every event and actor gets a claim first; the rest go mostly to the busiest.
    const event = i < events ? i : rng.skewed(events, 1.6);
    const speaker = i < actors ? i : rng.skewed(actors, 2);
    const source = sources[rng.skewed(sources.length, 1.5)]!;
    const claim = makeClaim(rng, i, drafts[event]!, actorRows, speaker, source.id);
    byEvent[event]!.push(claim.id);
    return claim;
  });
  const disputes = drafts.flatMap((draft, i) => makeDispute(rng, draft, byEvent[i]!) ?? []);

  return { sources, actors: actorRows, events: drafts.map((d) => d.event), claims: claimRows, disputes };
}
