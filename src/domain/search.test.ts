import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { buildSearchIndex } from './search-index.ts';
import { claimTexts, eventSearchIndex, eventTextMask, eventTexts, textMask } from './search.ts';

const dataset = fixture();
// An event that names an actor by one of its aliases, and a relay with an alias.
dataset.events[1]!.title = 'Blasts at the Otan offices blamed on HuT';
dataset.actors.push({
  id: 'reuters',
  name: 'Reuters',
  aliases: ['Thomson Reuters'],
  stance: 'other',
  role: 'News agency',
  description: 'A news agency.',
});
dataset.claims[2]!.reportedVia = ['reuters'];
const index = buildIndex(dataset);
const search = buildSearchIndex(claimTexts(index));
const claims = (query: string) =>
  [...textMask(index, search, query)].flatMap((hit, i) => (hit ? [index.claims[i]!.id] : []));
const events = (query: string) =>
  [...eventTextMask(index, eventSearchIndex(index), query)].flatMap((hit, i) => (hit ? [index.events[i]!.id] : []));

describe('claim search', () => {
  it("matches a claim's summary and quote", () => {
    expect(claims('hooliganism')).toEqual(['chief-hooliganism']);
    expect(claims('nothing to do')).toEqual(['hut-denies']);
  });

  it("does not match a claim on its event's title, place or tags", () => {
    expect(claims('otan')).toEqual([]);
    expect(claims('almaty')).toEqual([]);
    expect(claims('bombing')).toEqual([]);
    expect(claims('rumoured')).toEqual([]);
  });

  it('matches a claim on its claimant, by name or alias', () => {
    expect(claims('HuT')).toEqual(['hut-denies']);
    expect(claims('Hizb-ut-Tahrir')).toEqual(['hut-denies']);
  });

  it('matches a claim on its relays, by name or alias', () => {
    expect(claims('Reuters')).toEqual(['duvanov-provocation']);
    expect(claims('Thomson')).toEqual(['duvanov-provocation']);
    // Duvanov relayed the police chief's claim, and made one of his own.
    expect(claims('Duvanov')).toEqual(['chief-hooliganism', 'duvanov-provocation']);
  });

  it('matches a claim on the actors it is about, whichever of their names the query uses', () => {
    // The police chief's own two claims, and Duvanov's accusation of the police.
    expect(claims('Moldiar')).toEqual(['chief-hooliganism', 'duvanov-provocation', 'chief-casualties']);
    expect(claims('Orazaliyev')).toEqual(['chief-hooliganism', 'duvanov-provocation', 'chief-casualties']);
  });

  it('finds Latin text from a Cyrillic query', () => {
    expect(claims('Хизб ут-Тахрир')).toEqual(['hut-denies']);
    expect(claims('Жанаозен')).toEqual(['hut-denies']);
    expect(claims('Дуванов')).toEqual(['chief-hooliganism', 'duvanov-provocation']);
  });
});

describe('event search', () => {
  it('gives one text per event, in the order of index.events', () => {
    const texts = eventTexts(index);
    expect(texts).toHaveLength(index.events.length);
    index.events.forEach((event, i) => expect(texts[i]).toContain(event.title));
  });

  it("matches an event's title, summary, place and tags", () => {
    expect(events('otan')).toEqual(['otan-blasts']);
    expect(events('ruling party')).toEqual(['otan-blasts']);
    expect(events('almaty')).toEqual(['otan-blasts', 'later-event']);
    expect(events('bombing')).toEqual(['otan-blasts']);
    expect(events('rumour')).toEqual(['later-event']);
    expect(events('almaty provocation')).toEqual(['later-event']);
  });

  it("does not match an event on its claims' words", () => {
    expect(events('hooliganism')).toEqual([]);
    expect(events('Duvanov')).toEqual([]);
  });

  it('folds, expands aliases and matches prefixes as claim search does', () => {
    expect(events('Hizb ut Tahrir')).toEqual(['otan-blasts']);
    expect(events('ALMATÝ')).toEqual(['otan-blasts', 'later-event']);
    expect(events('Алматы')).toEqual(['otan-blasts', 'later-event']);
    expect(events('provoc')).toEqual(['later-event']);
    expect(events('ocation')).toEqual([]);
  });

  it('lets every event through for an empty query', () => {
    expect(events('')).toEqual(['otan-blasts', 'later-event']);
    expect(events(' , ')).toEqual(['otan-blasts', 'later-event']);
  });

  it('builds the event index once per dataset', () => {
    expect(eventSearchIndex(index)).toBe(eventSearchIndex(index));
    expect(eventSearchIndex(index).size).toBe(index.events.length);
  });
});
