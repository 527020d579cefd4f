/**
 * Arbitraries for links a hostile or careless page could send a reader to: parameter
 * names that are almost the app's own (a trailing space, a zero-width joiner, a dotted
 * capital I, another case), names of Object.prototype, values that are addresses
 * elsewhere, scripts, combining accents, path climbs, and percent-escapes that are
 * malformed, doubled or missing. Shared by the codec's property tests and the
 * end-to-end test that follows such links in the built app.
 */
import fc from 'fast-check';
import { PARAMS } from '../domain/url-codec.ts';

/** The parameters the app knows: the codec's table, and the dataset's. */
export const KNOWN_NAMES: readonly string[] = [...PARAMS.map((param) => param.key), 'dataset'];

const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
];

/** Characters that make a name or value look like another: invisible, combining, or folded by case. */
const LOOKALIKES = [' ', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u0130', '\u0131', '\u0301', '\t', '\n', '\u0000'];

const GOOD_VALUES = [
  'official',
  'opposition',
  'denial',
  'statement',
  'disputed',
  'map',
  'list',
  '2004',
  '2004-11',
  '2011-12-16',
  'nazarbayev',
  'registan-2004-otan-bombing',
  'Almaty',
  'Zhanaozen',
  "it's",
];

const HOSTILE_VALUES = [
  '//evil.example/x.json',
  '\t//evil.example/x.json',
  '/\\evil.example/x.json',
  'https://evil.example/x.json',
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '\u0301\u0301\u0301constructor',
  '__proto__',
  'constructor',
  'local:',
  'local:../x',
  'local:no-such-import',
  '/no-such-file.json',
  '/data/dataset.json?x=1',
  'data/dataset.json#x',
  '/index.html',
  '\u202eevil',
  // Cut at 200 characters, half an emoji would be left over.
  `a${'😀'.repeat(120)}`,
  '/.//evil.example/x.json',
  'a/..//evil.example/x.json',
  'x'.repeat(600),
];

/** Percent-escapes that no decoder accepts, or that decode to something unexpected. */
const BAD_ESCAPES = ['%', '%E0%A4%A', '%zz', '%C0%AF', '%ED%A0%80', '%FF', '%2', '%%', '%00', '%0A', '%25'];

const lookalike = fc.constantFrom(...LOOKALIKES);

/** Something that looks like a known name, or is one of Object.prototype's. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  fc
    .tuple(fc.constantFrom(...KNOWN_NAMES), lookalike, fc.boolean())
    .map(([name, extra, before]) => (before ? extra + name : name + extra)),
  fc.constantFrom(...KNOWN_NAMES).map((name) => name.toUpperCase()),
  fc.constantFrom(...KNOWN_NAMES).map((name) => name.replace('i', '\u0130')),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
);

/**
 * Text past the app's limits (200 characters of search text, 40 in a notice), of
 * characters that take two UTF-16 units, combine with the one before, or need escaping.
 */
export const longValue: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'a'),
    fc.constantFrom('😀', '𝕏', 'é', '\u0301', "'", ' '),
    fc.integer({ min: 15, max: 260 }),
  )
  .map(([start, char, times]) => start + char.repeat(times));

/** A plain value, a hostile one, a mix of them with look-alike characters, or any text at all. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...GOOD_VALUES),
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  longValue,
  fc
    .tuple(fc.constantFrom(...GOOD_VALUES, ...HOSTILE_VALUES), lookalike, fc.boolean())
    .map(([value, extra, before]) => (before ? extra + value : value + extra)),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.string({ maxLength: 20, unit: 'binary' }),
);

/** How a piece of a link is written: escaped once, twice, not at all, or with a broken escape. */
function written(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    text.map(encodeURIComponent),
    text.map((t) => encodeURIComponent(encodeURIComponent(t))),
    text.map((t) => t.replace(/[&#=%]/g, encodeURIComponent)),
    fc.tuple(text.map(encodeURIComponent), fc.constantFrom(...BAD_ESCAPES)).map(([t, bad]) => t + bad),
  );
}

/** A query string without "?": names repeated, values comma-listed, pairs without "=". */
export const hostileQuery: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(written(hostileName), fc.array(written(hostileValue), { minLength: 1, maxLength: 4 }))
          .map(([n, v]) => `${n}=${v.join(',')}`),
      },
      { weight: 1, arbitrary: written(hostileName) },
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.join('&'));

const SECTIONS = ['events', 'actors', 'sources'];

/** A path on the site: a page, a record with a hostile id, or nowhere. */
export const hostilePath: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('/', '/sources', '/about', '/import', '/events/', '/nowhere'),
  fc
    .tuple(fc.constantFrom(...SECTIONS), fc.oneof(fc.constantFrom(...GOOD_VALUES), hostileValue))
    .map(([section, id]) => `/${section}/${encodeURIComponent(id)}`),
  // Unescaped: spaces, "<", ":" and slashes as a careless page writes them.
  fc
    .tuple(fc.constantFrom(...SECTIONS), fc.constantFrom(...HOSTILE_VALUES))
    .map(([section, id]) => `/${section}/  ${id.replace(/^[/\\]+/, '')}`),
);

export const hostileHash: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constant('#claim-%E0%A4%A'),
  fc.constantFrom('#main', '#claim-', '#claim-nothing-here', '#%', '#claim-%ED%A0%80'),
  written(hostileValue).map((value) => `#claim-${value}`),
);

/** A whole link on the site: path, query and hash. */
export const hostileLink: fc.Arbitrary<string> = fc
  .tuple(hostilePath, hostileQuery, hostileHash)
  .map(([path, query, hash]) => `${path}${query ? `?${query}` : ''}${hash}`);
