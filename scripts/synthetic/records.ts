/**
 * One synthetic record of each kind but claims: actors, sources and events, with text
 * lengths close to the embedded dataset's (event summaries ~210 characters, actor
 * descriptions ~130, titles ~50).
 */
import type { Actor, EventDate, NarrativeEvent, Source, Stance } from '../../src/domain/schema.ts';
import { Random, slugify } from './random.ts';
import * as w from './words.ts';

export const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1990, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const cityOf = (place: string) => place.split(',')[0]!;
export const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** A core phrase lengthened with clauses to a length drawn in [min, max], as one sentence. */
export function sentence(rng: Random, core: string, min: number, max: number): string {
  const target = rng.int(min, max);
  let text = core;
  while (text.length < target) text += `, ${rng.pick(w.CLAUSES)}`;
  return `${capitalize(text)}.`;
}

const STANCE_WEIGHTS: [Stance, number][] = [
  ['official', 30],
  ['media', 22],
  ['analyst', 12],
  ['opposition', 8],
  ['foreign-government', 8],
  ['militant', 8],
  ['other', 7],
  ['international-org', 5],
];

/** Name, role and whether the actor is a person, by the capacity it speaks in. */
function identity(rng: Random, stance: Stance): { name: string; role: string; person: boolean } {
  const city = cityOf(rng.pick(w.CITIES)[0]);
  const country = rng.pick(w.COUNTRIES.slice(0, 4));
  const person = `${rng.pick(w.FIRST_NAMES)} ${rng.pick(w.LAST_NAMES)}`;
  const asPerson = (role: string) => ({ name: person, role, person: true });
  const asBody = (name: string, role: string) => ({ name, role, person: false });
  const either = rng.chance(0.5);
  switch (stance) {
    case 'official':
      return either
        ? asPerson(rng.pick([`Akim of ${city}`, 'Prosecutor General', `Head of the ${city} police`, 'Minister']))
        : asBody(
            `${rng.pick(['Ministry of Internal Affairs', 'Prosecutor General’s Office'])} of ${country}`,
            'State body',
          );
    case 'opposition':
      return either
        ? asPerson('Opposition politician')
        : asBody(
            `${rng.pick(['Democratic Choice', 'Free Steppe', 'Workers’ Alliance'])} of ${city}`,
            'Opposition party',
          );
    case 'analyst':
      return asPerson(`Analyst at ${rng.pick(w.THINK_TANKS)}`);
    case 'militant':
      return asBody(
        `${rng.pick(['Jamaat', 'Brigade', 'Front', 'Battalion', 'Movement'])} of ${rng.pick(['the Seven Rivers', 'Turan', 'the Caspian', 'the Western Oblasts', 'the Mountains'])}`,
        'Armed group',
      );
    case 'foreign-government':
      return asBody(`Ministry of Foreign Affairs of ${rng.pick(w.COUNTRIES)}`, 'Foreign government');
    case 'international-org':
      return asBody(
        rng.pick(['Eurasian Rights Network', 'International Crisis Observatory', 'Steppe Refugee Council']),
        'International organisation',
      );
    case 'media':
      return either
        ? asPerson(`Correspondent for ${rng.pick(w.PUBLISHERS)}`)
        : asBody(rng.pick(w.PUBLISHERS), 'News outlet');
    default:
      return either ? asPerson(`Resident of ${city}`) : asBody(`Families of the victims in ${city}`, 'Civic group');
  }
}

/** Spelling variants as the archives carry them: "Zhumabayev" is also "Jumabaev". */
function transliterated(name: string): string {
  return name
    .replace(/Zh/g, 'J')
    .replace(/kh/g, 'h')
    .replace(/yev\b/g, 'ev')
    .replace(/ayev\b/g, 'aev');
}

function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

export function makeActor(rng: Random, i: number, usedNames: Set<string>): Actor {
  const stance = rng.weighted(STANCE_WEIGHTS);
  const { role, person, ...first } = identity(rng, stance);
  let name = first.name;
  // Names repeat in large datasets; a patronymic or a number keeps each one distinct.
  if (usedNames.has(name) && person)
    name = name.replace(' ', ` ${rng.pick(w.FIRST_NAMES)}${rng.pick(['uly', 'kyzy'])} `);
  if (usedNames.has(name)) name = `${name} ${i + 1}`;
  usedNames.add(name);
  const aliases = person
    ? [name.split(' ').at(-1)!, transliterated(name)].filter(
        (alias, k, all) => alias !== name && all.indexOf(alias) === k,
      )
    : [acronym(name)].filter((alias) => alias.length > 1);
  const description = sentence(rng, `${role}, quoted on political violence in ${rng.pick(w.COUNTRIES)}`, 70, 150);
  return { id: `${slugify(name)}-${i + 1}`, name, aliases, stance, role, description };
}

const KIND_WEIGHTS: [Source['kind'], number][] = [
  ['news', 45],
  ['press-release', 12],
  ['report', 10],
  ['blog', 8],
  ['court-record', 6],
  ['social-media', 6],
  ['opinion', 5],
  ['diplomatic-cable', 4],
  ['wiki', 2],
  ['book', 2],
];

export function makeSource(rng: Random, i: number): Source {
  const publisher = rng.pick(w.PUBLISHERS);
  const published = isoDay(FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS);
  const city = cityOf(rng.pick(w.CITIES)[0]);
  const angle = rng.pick([
    'what we know',
    'the death toll rises',
    'witnesses speak',
    'the trial opens',
    'questions remain',
  ]);
  const id = `${slugify(publisher, 30)}-${published.slice(0, 4)}-${i + 1}`;
  const source: Source = {
    id,
    title: capitalize(`${rng.pick(w.INCIDENTS)} in ${city}: ${angle}`),
    publisher,
    published: rng.chance(0.85) ? published : published.slice(0, 7),
    kind: rng.weighted(KIND_WEIGHTS),
  };
  if (rng.chance(0.6)) source.author = `${rng.pick(w.FIRST_NAMES)} ${rng.pick(w.LAST_NAMES)}`;
  if (rng.chance(0.7)) source.url = `https://example.org/${slugify(publisher)}/${id}`;
  if (rng.chance(0.2)) source.notes = sentence(rng, 'Synthetic source for benchmarks', 40, 120);
  return source;
}

/** An event, with what claims about it reuse: its incident, its city and its first day. */
export interface EventDraft {
  event: NarrativeEvent;
  incident: string;
  city: string;
  startMs: number;
}

function truncate(day: string, precision: EventDate['precision']): string {
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}

function eventDate(rng: Random, startMs: number): EventDate {
  const precision = rng.weighted<EventDate['precision']>([
    ['day', 55],
    ['month', 30],
    ['year', 15],
  ]);
  const date: EventDate = { start: truncate(isoDay(startMs), precision), precision };
  if (rng.chance(0.2)) {
    const span = { day: 10, month: 120, year: 1500 }[precision];
    const end = truncate(isoDay(Math.min(LAST_DAY, startMs + rng.int(1, span) * DAY_MS)), precision);
    if (end !== date.start) date.end = end;
  }
  if (rng.chance(0.1)) {
    date.approximate = true;
    date.note = 'Estimated from the dates of the first reports.';
  }
  return date;
}

export function makeEvent(rng: Random, i: number): EventDraft {
  const incident = rng.pick(w.INCIDENTS);
  const target = rng.pick(w.TARGETS);
  // Capitals and big cities see more events; a few events have no single place.
  const online = rng.chance(0.02);
  const [placeName, lat, lon] = w.CITIES[rng.skewed(w.CITIES.length, 1.5)]!;
  const city = online ? 'the country' : cityOf(placeName);
  const title = capitalize(`${incident} ${rng.pick(['at', 'near', 'outside'])} ${target} in ${city}`);
  const startMs = FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const first = sentence(rng, `${withArticle(incident)} at ${target} in ${city} left ${rng.int(0, 60)} dead`, 50, 100);
  const second = sentence(rng, `${rng.pick(w.GROUPS)} and the authorities gave conflicting accounts`, 50, 130);
  const event: NarrativeEvent = {
    id: `${slugify(title, 70)}-${i + 1}`,
    title,
    summary: `${first} ${second}`,
    date: eventDate(rng, startMs),
    place: online ? { name: 'Online (directed at Kazakhstan)' } : { name: placeName, lat, lon },
    tags: rng.sample(w.TAGS, rng.int(1, 4)),
  };
  return { event, incident, city, startMs };
}
