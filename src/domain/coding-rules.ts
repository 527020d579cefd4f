/**
 * The coding rules of the embedded dataset, beyond what the schema can say of one record:
 * every claim says how its claimant is known and what form it takes, an inferred claimant
 * says why, hedges are the quote's own words, a claim of blame or legal action says whom
 * it concerns, one quote is not filed under two speakers or two events without a reason,
 * and every position of a dispute rests on a claim whose claimant the source names. `npm run check:data` enforces them; an adopter's import need not meet them.
 */
import type { Problem } from './problem.ts';
import { normalizeForQuote } from './quotes.ts';
import type { Claim, Dataset } from './schema.ts';
import { TYPES_WITH_OBJECT } from './vocabulary.ts';
import { formatPath } from './problem.ts';
import { fileLabel, type TableLabel } from './validate.ts';

export function codingProblems(dataset: Dataset, label: TableLabel = fileLabel): Problem[] {
  const problems: Problem[] = [];
  const at = (index: number, ...path: PropertyKey[]) => label('claims') + formatPath([index, ...path]);
  const needsObject: readonly string[] = TYPES_WITH_OBJECT;

  dataset.claims.forEach((claim, i) => {
    if (!claim.form)
      problems.push({ path: at(i, 'form'), message: 'is missing: say whether it is a statement or an act' });
    if (!claim.attribution)
      problems.push({ path: at(i, 'attribution'), message: 'is missing: explicit, inferred or reporter' });
    if (claim.attribution === 'inferred' && !claim.attributionNote)
      problems.push({
        path: at(i, 'attributionNote'),
        message: 'is missing: an inferred claimant needs a note saying why',
      });
    const quote = normalizeForQuote(claim.quote);
    claim.hedges?.forEach((hedge, h) => {
      if (!quote.includes(normalizeForQuote(hedge)))
        problems.push({ path: at(i, 'hedges', h), message: `"${hedge}" does not occur in the quote` });
    });
    if (needsObject.includes(claim.type) && !claim.object?.length && !claim.objectNote)
      problems.push({
        path: at(i, 'object'),
        message: `is missing: a ${claim.type} claim names whom it concerns, or says in objectNote that the text names no one`,
      });
  });

  const claimById = new Map(dataset.claims.map((claim) => [claim.id, claim]));
  dataset.disputes.forEach((dispute, d) => {
    dispute.positions.forEach((position, p) => {
      const claims = position.claimIds.map((id) => claimById.get(id)).filter((claim) => claim !== undefined);
      if (claims.length > 0 && claims.every((claim) => claim.attribution === 'inferred'))
        problems.push({
          path: label('disputes') + formatPath([d, 'positions', p]),
          message: 'rests only on claims whose claimant is inferred: a position needs one the source attributes',
        });
    });
  });

  for (const group of sharedQuotes(dataset.claims)) {
    const actors = new Set(group.map(({ claim }) => claim.actorId));
    const events = new Set(group.map(({ claim }) => claim.eventId));
    if (actors.size === 1 && events.size === 1) continue;
    for (const { claim, index } of group) {
      if (claim.sharedQuoteNote) continue;
      const others = group.filter((other) => other.claim !== claim).map((other) => other.claim.id);
      problems.push({
        path: at(index, 'quote'),
        message: `is also the quote of ${others.join(', ')} (another ${actors.size > 1 ? 'actor' : 'event'}): remove the duplicate, or say why in sharedQuoteNote`,
      });
    }
  }
  return problems;
}

/** Claims grouped by their normalized quote, only groups of two or more. */
function sharedQuotes(claims: readonly Claim[]): { claim: Claim; index: number }[][] {
  const byQuote = new Map<string, { claim: Claim; index: number }[]>();
  claims.forEach((claim, index) => {
    const key = `${claim.sourceId}\u0000${normalizeForQuote(claim.quote)}`;
    const list = byQuote.get(key);
    if (list) list.push({ claim, index });
    else byQuote.set(key, [{ claim, index }]);
  });
  return [...byQuote.values()].filter((list) => list.length > 1);
}
