/** The per-claim codes of the companion, computed from a dataset's JSON (file order). */
import { claimStance } from '../domain/dataset-index.ts';
import type { Actor, Dataset } from '../domain/schema.ts';
import { ATTRIBUTIONS, CLAIM_FORMS, CLAIM_TYPES, STANCES } from '../domain/vocabulary.ts';
import type { ClaimCodes } from './companion-layout.ts';

export function positions(rows: readonly { id: string }[]): Map<string, number> {
  return new Map(rows.map((row, i) => [row.id, i]));
}

export function vocabularyCodes(vocabulary: readonly string[]): Map<string, number> {
  return new Map(vocabulary.map((value, i) => [value, i]));
}

/** The per-claim codes of a valid dataset, from its JSON (what the companion must give back). */
export function codesFromDataset(dataset: Dataset): ClaimCodes {
  const { claims } = dataset;
  const n = claims.length;
  const [eventAt, actorAt, sourceAt] = [
    positions(dataset.events),
    positions(dataset.actors),
    positions(dataset.sources),
  ];
  const [stanceAt, typeAt] = [vocabularyCodes(STANCES), vocabularyCodes(CLAIM_TYPES)];
  const actorById = new Map<string, Actor>(dataset.actors.map((actor) => [actor.id, actor]));
  const codes = emptyCodes(n);
  const objects: number[] = [];
  const relays: number[] = [];
  const known = (map: Map<string, number>, id: string, what: string, claim: string) => {
    const code = map.get(id);
    if (code === undefined) throw new Error(`claim "${claim}" names an unknown ${what} "${id}"`);
    return code;
  };
  for (let i = 0; i < n; i++) {
    const claim = claims[i]!;
    codes.event[i] = known(eventAt, claim.eventId, 'event', claim.id);
    codes.actor[i] = known(actorAt, claim.actorId, 'actor', claim.id);
    codes.source[i] = known(sourceAt, claim.sourceId, 'source', claim.id);
    codes.stance[i] = stanceAt.get(claimStance(claim, actorById))!;
    codes.type[i] = typeAt.get(claim.type)!;
    codes.form[i] = claim.form ? CLAIM_FORMS.indexOf(claim.form) : CLAIM_FORMS.length;
    codes.attribution[i] = claim.attribution ? ATTRIBUTIONS.indexOf(claim.attribution) : ATTRIBUTIONS.length;
    const from = objects.length;
    for (const about of claim.object ?? []) {
      const code = known(actorAt, about.actorId, 'actor', claim.id);
      // One actor in two roles (accused and targeted) is still one actor the claim is about.
      if (!objects.includes(code, from)) objects.push(code);
    }
    codes.objectStart[i + 1] = objects.length;
    for (const id of claim.reportedVia) relays.push(known(actorAt, id, 'actor', claim.id));
    codes.relayStart[i + 1] = relays.length;
  }
  codes.objects = Uint32Array.from(objects);
  codes.relays = Uint32Array.from(relays);
  return codes;
}

export function emptyCodes(n: number): ClaimCodes {
  return {
    count: n,
    event: new Uint32Array(n),
    actor: new Uint32Array(n),
    stance: new Uint8Array(n),
    type: new Uint8Array(n),
    form: new Uint8Array(n),
    attribution: new Uint8Array(n),
    source: new Uint32Array(n),
    objectStart: new Uint32Array(n + 1),
    objects: new Uint32Array(0),
    relayStart: new Uint32Array(n + 1),
    relays: new Uint32Array(0),
  };
}
