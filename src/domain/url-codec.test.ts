import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { hostileName, hostileQuery, hostileValue, KNOWN_NAMES, longValue } from '../test/hostile-links.ts';
import { buildIndex } from './dataset-index.ts';
import { EMPTY_FILTERS, EXPLORER_VIEWS, type Filters } from './filters.ts';
import { canonicalSearch, decodeFilters, encodeFilters, MAX_QUERY_LENGTH, restrictToDataset } from './url-codec.ts';
import { CLAIM_TYPES, STANCES } from './vocabulary.ts';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const partialDate = fc
  .tuple(
    fc.integer({ min: 1900, max: 2100 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.option(fc.integer({ min: 1, max: 28 })),
  )
  .map(([y, m, d]) =>
    m === null
      ? `${y}`
      : d === null
        ? `${y}-${String(m).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const sorted = <T extends string>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { maxLength: 5 }).map((values) => [...values].sort());

/** Any valid state: what the store can hold after decoding. */
const validFilters: fc.Arbitrary<Filters> = fc
  .record({
    q: fc.string({ maxLength: 60 }).map((q) => q.trim()),
    actor: sorted(slug),
    stance: sorted(fc.constantFrom(...STANCES)),
    type: sorted(fc.constantFrom(...CLAIM_TYPES)),
    dates: fc.tuple(fc.option(partialDate), fc.option(partialDate)),
    place: sorted(fc.string({ minLength: 1, maxLength: 20 }).filter((p) => p.trim() === p && p !== '')),
    view: fc.constantFrom(...EXPLORER_VIEWS),
    cols: fc.uniqueArray(
      fc.oneof(
        fc.constantFrom(...STANCES).map((s) => `stance:${s}`),
        slug.map((id) => `actor:${id}`),
      ),
      { maxLength: 4 },
    ),
    only: fc.oneof(
      fc.constant(''),
      fc.constantFrom(...STANCES).map((s) => `stance:${s}`),
      slug.map((id) => `actor:${id}`),
    ),
    pick: fc.oneof(
      fc.constant(''),
      slug.map((id) => `node:${id}`),
      fc.tuple(slug, slug).map(([a, b]) => `edge:${a}>${b}`),
      fc.tuple(slug, fc.constantFrom(...STANCES)).map(([e, s]) => `cell:${e}~stance:${s}`),
    ),
  })
  .map(({ dates: [a, b], ...rest }) => {
    const [from, to] = a && b && a > b ? [b, a] : [a, b];
    return { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) } as Filters;
  })
  .filter((f) => !(f.from && f.to && f.from.slice(0, 4) === f.to.slice(0, 4) && f.from.length !== f.to.length));

describe('URL codec', () => {
  it('omits defaults: no filters, no query string', () => {
    expect(encodeFilters(EMPTY_FILTERS)).toBe('');
  });

  it('encodes canonically: fixed key order, sorted values', () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      type: ['denial', 'casualties'],
      actor: ['tokayev', 'knb'],
      q: 'Hizb ut-Tahrir, 2005',
      to: '2006',
      from: '2004-11',
    };
    expect(encodeFilters(filters)).toBe(
      'q=Hizb+ut-Tahrir%2C+2005&actor=knb,tokayev&type=casualties,denial&from=2004-11&to=2006',
    );
  });

  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const { filters: decoded, notices } = decodeFilters(encodeFilters(filters));
        expect(notices).toEqual([]);
        expect(decoded).toEqual({ ...EMPTY_FILTERS, ...filters });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any string, and its output is canonical', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters()), (search) => {
        const { filters } = decodeFilters(search);
        const again = decodeFilters(encodeFilters(filters));
        expect(encodeFilters(again.filters)).toBe(encodeFilters(filters));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps the compare columns in the reader's order, and a selection with its commas", () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      view: 'compare',
      cols: ['stance:opposition', 'actor:knb', 'stance:official'],
      only: 'actor:knb',
      pick: 'cell:a,b~stance:official',
    };
    const search = encodeFilters(filters);
    expect(search).toBe(
      'view=compare&cols=stance:opposition,actor:knb,stance:official&only=actor:knb&pick=cell:a%2Cb~stance:official',
    );
    expect(decodeFilters(search).filters).toEqual(filters);
    const { filters: bad, notices } = decodeFilters('cols=stance:nobody,actor:,tribe:x&only=tribe:x&pick=whatever');
    expect(bad.cols).toEqual([]);
    expect(bad.only).toBe('');
    expect(bad.pick).toBe('');
    expect(notices.map((n) => n.param)).toEqual(['cols', 'cols', 'cols', 'only', 'pick']);
  });

  it('drops what it cannot use, saying so', () => {
    const { filters, notices } = decodeFilters(
      '?stance=official,martian&type=%E0%A4%A&from=2004-13&utm_source=x&actor=KNB!',
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, stance: ['official'] });
    expect(notices.map((n) => n.param)).toEqual(['type', 'utm_source', 'actor', 'stance', 'from']);
  });

  it('merges repeated parameters and swaps reversed dates', () => {
    const { filters, notices } = decodeFilters('type=denial&type=casualties,denial&from=2010&to=2004');
    expect(filters.type).toEqual(['casualties', 'denial']);
    expect([filters.from, filters.to]).toEqual(['2004', '2010']);
    expect(notices).toHaveLength(1);
  });

  it('caps a huge query', () => {
    const { filters, notices } = decodeFilters(`q=${'a'.repeat(100_000)}`);
    expect(filters.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toHaveLength(1);
  });

  it('keeps the dataset parameter after the filters and view', () => {
    expect(
      canonicalSearch(
        { ...EMPTY_FILTERS, stance: ['analyst'], view: 'map' },
        '?view=list&stance=official&dataset=/x.json',
      ),
    ).toBe('?stance=analyst&view=map&dataset=%2Fx.json');
    expect(canonicalSearch(EMPTY_FILTERS, '?q=x')).toBe('');
  });

  it('drops actors and places the dataset does not have', () => {
    const index = buildIndex(fixture());
    const { filters, notices } = restrictToDataset(
      { ...EMPTY_FILTERS, actor: ['hut', 'ghost'], place: ['Atlantis'] },
      index,
    );
    expect(filters.actor).toEqual(['hut']);
    expect(filters.place).toEqual([]);
    expect(notices.map((n) => n.param)).toEqual(['actor', 'place']);
  });
});

/** Seeded, so that a failure found once is found again. */
const SEEDED = { seed: 22, numRuns: 2000 };

/** The query string a browser keeps for `search` (it escapes what a query may not hold as it is). */
const kept = (search: string) => new URL(`http://127.0.0.1/${search}`).search;

describe('URL codec on hostile links', () => {
  it('decodes any query without throwing, into a state it can write back', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { filters } = decodeFilters(query);
        const search = canonicalSearch(filters, query);
        expect(encodeFilters(decodeFilters(search).filters)).toBe(encodeFilters(filters));
      }),
      SEEDED,
    );
  });

  it('decodes hostile values of every known parameter into a state it can write back', () => {
    const values = fc.array(fc.oneof(hostileValue, longValue), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_NAMES), values, (name, list) => {
        const query = `${name}=${list.map(encodeURIComponent).join(',')}`;
        const search = canonicalSearch(decodeFilters(query).filters, query);
        expect(kept(search)).toBe(search);
        expect(canonicalSearch(decodeFilters(search).filters, search)).toBe(search);
      }),
      SEEDED,
    );
  });

  it('writes a canonical query string the browser keeps as it is', () => {
    // Otherwise the address never equals its canonical form, and the sync rewrites it for ever.
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const search = canonicalSearch(decodeFilters(query).filters, query);
        expect(kept(search)).toBe(search);
      }),
      SEEDED,
    );
    expect(encodeFilters({ ...EMPTY_FILTERS, q: "it's" })).toBe('q=it%27s');
  });

  it('ignores, with a notice each, every name that is not exactly one it knows', () => {
    const unknown = hostileName.filter((name) => !KNOWN_NAMES.includes(name));
    fc.assert(
      fc.property(fc.array(fc.tuple(unknown, hostileValue), { maxLength: 6 }), (pairs) => {
        const query = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
        const { filters, notices } = decodeFilters(query.join('&'));
        expect(encodeFilters(filters)).toBe('');
        expect(notices).toHaveLength(pairs.length);
        expect(canonicalSearch(filters, query.join('&'))).toBe('');
      }),
      SEEDED,
    );
    const { notices } = decodeFilters('?dataset%20=%CC%81%CC%81constructor&view%C4%B0=map&view%E2%80%8D=map&Q=x');
    expect(notices.map((n) => n.param)).toEqual(['dataset ', 'viewİ', 'view\u200d', 'Q']);
  });

  it('decodes a value once: an escape inside it stays as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16, unit: 'grapheme' }), (text) => {
        const once = encodeURIComponent(text);
        expect(decodeFilters(`q=${encodeURIComponent(once)}`).filters.q).toBe(once.trim());
      }),
      SEEDED,
    );
  });

  it('drops a garbled value, saying so, and keeps the others', () => {
    const { filters, notices } = decodeFilters('type=denial%E0%A4%A,casualties&q=%ED%A0%80');
    expect(filters).toEqual({ ...EMPTY_FILTERS, type: ['casualties'] });
    expect(notices.map((n) => n.message)).toEqual([
      'Ignored a garbled value of “type”.',
      'Ignored a garbled value of “q”.',
    ]);
  });

  it('cuts a long search text between characters, not inside one', () => {
    const { filters } = decodeFilters(`q=a${encodeURIComponent('😀'.repeat(150))}`);
    expect(filters.q).toBe(`a${'😀'.repeat(99)}`);
    expect(() => encodeFilters(filters)).not.toThrow();
  });
});
