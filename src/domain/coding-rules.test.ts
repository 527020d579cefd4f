import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { codingProblems } from './coding-rules.ts';
import type { Dataset } from './schema.ts';

/** The fixture with every claim coded as the rules ask. */
function coded(): Dataset {
  const data = fixture();
  const casualties = data.claims.find((claim) => claim.id === 'chief-casualties')!;
  Object.assign(casualties, { form: 'statement', attribution: 'explicit' });
  return data;
}

const messages = (data: Dataset) => codingProblems(data).map((p) => `${p.path}: ${p.message}`);

describe('codingProblems', () => {
  it('accepts a fully coded dataset', () => {
    expect(messages(coded())).toEqual([]);
  });

  it('asks for form and attribution, and a note for an inferred claimant', () => {
    const data = coded();
    delete data.claims[0]!.form;
    data.claims[2]!.attribution = 'inferred';
    expect(messages(data)).toEqual([
      'data/claims.json[0].form: is missing: say whether it is a statement or an act',
      'data/claims.json[2].attributionNote: is missing: an inferred claimant needs a note saying why',
    ]);
  });

  it('asks a claim of blame or legal action whom it concerns, unless a note says no one is named', () => {
    const data = coded();
    delete data.claims[2]!.object;
    expect(messages(data)).toEqual([
      'data/claims.json[2].object: is missing: a accusation claim names whom it concerns, or says in objectNote that the text names no one',
    ]);
    data.claims[2]!.objectNote = 'The text names no one.';
    expect(messages(data)).toEqual([]);
  });

  it('asks every position of a dispute to rest on a claim the source attributes', () => {
    const data = coded();
    data.claims[0]!.attribution = 'inferred';
    data.claims[0]!.attributionNote = 'The text says only that it was called hooliganism.';
    expect(messages(data)).toEqual([
      'data/disputes.json[0].positions[0]: rests only on claims whose claimant is inferred: a position needs one the source attributes',
    ]);
  });

  it('finds hedges that are not in the quote', () => {
    const data = coded();
    data.claims[0]!.hedges = ['most likely', 'allegedly'];
    expect(messages(data)).toEqual(['data/claims.json[0].hedges[1]: "allegedly" does not occur in the quote']);
  });

  it('flags one quote under two actors or two events, unless each says why', () => {
    const data = coded();
    const copy = {
      ...data.claims[0]!,
      id: 'copy',
      actorId: 'activist',
      reportedVia: [],
      quote: ' the most  likely one being hooliganism',
    };
    data.claims.push(copy);
    expect(messages(data)).toEqual([
      'data/claims.json[0].quote: is also the quote of copy (another actor): remove the duplicate, or say why in sharedQuoteNote',
      'data/claims.json[4].quote: is also the quote of chief-hooliganism (another actor): remove the duplicate, or say why in sharedQuoteNote',
    ]);
    data.claims[0]!.sharedQuoteNote = 'Both said it.';
    copy.sharedQuoteNote = 'Both said it.';
    expect(messages(data)).toEqual([]);
    // The same actor's two claims on one event may share a quote.
    data.claims.push({ ...data.claims[1]!, id: 'second', type: 'characterization' });
    expect(messages(data)).toEqual([]);
  });
});
