import { describe, expect, it } from 'vitest';
import { readFigure, writeFigure } from './csv-cells.ts';
import { readClaimsSheet, slugify } from './csv-import.ts';
import { templateCsv, toCsv, vocabularyCsv } from './csv-sheet.ts';
import { buildIndex, claimStance } from './dataset-index.ts';
import { formatProblem } from './problem.ts';
import type { Dataset, Figure } from './schema.ts';
import { readTerm, suggest } from './suggest.ts';
import { loadDatasetDir } from '../../scripts/dataset-files.ts';

const link = (claim: { id: string }) => `https://example.test/#claim-${claim.id}`;

function imported(text: string, file = 'claims.csv'): Dataset {
  const result = readClaimsSheet(text, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.dataset;
}

function problems(text: string): string[] {
  const result = readClaimsSheet(text, 'claims.csv');
  return result.ok ? [] : result.problems.map(formatProblem);
}

const HEADER = 'event,event_date,place,actor,stance,type,quote,summary,source,source_date,reported_via';
const row = (over: Partial<Record<string, string>> = {}) => {
  const cells = {
    event: 'Blasts in Almaty',
    event_date: '2004-11',
    place: 'Almaty',
    actor: 'Moldiar Orazaliev',
    stance: 'official',
    type: 'characterization',
    quote: 'most likely hooliganism',
    summary: 'The police chief called it hooliganism.',
    source: 'Otan Bombing',
    source_date: '2004-11-29',
    reported_via: 'AFP > Nathan Hamm',
    ...over,
  };
  return Object.values(cells)
    .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
};

describe('one-sheet CSV of claims', () => {
  it('builds the five tables from the template: one event, actor and source per distinct name', () => {
    const dataset = imported(templateCsv());
    expect(dataset.claims).toHaveLength(2);
    expect(dataset.events.map((e) => e.id)).toEqual([
      'blasts-at-the-almaty-offices-of-the-otan-party',
      'tashkent-suicide-bombings-march-april-2004',
    ]);
    expect(dataset.events[0]!.date).toEqual({ start: '2004-11', precision: 'month', approximate: true });
    expect(dataset.actors.map((a) => [a.id, a.stance])).toEqual([
      ['moldiar-orazaliev', 'official'],
      ['agence-france-presse', 'other'],
      ['nathan-hamm', 'other'],
      ['national-review-online', 'media'],
    ]);
    expect(dataset.claims[0]!.reportedVia).toEqual(['agence-france-presse', 'nathan-hamm']);
    expect(dataset.claims[1]!.figures).toEqual([
      { quantity: 'killed', value: 47, label: 'people killed in all' },
      { quantity: 'killed', value: 33, label: 'terrorists killed' },
    ]);
  });

  it('round trip: the template imported, exported as CSV and imported again gives the same claims', () => {
    const first = imported(templateCsv());
    const exported = toCsv(buildIndex(first), first.claims, link);
    const second = imported(exported, 'export.csv');
    expect(second.claims).toEqual(first.claims);
    expect(second.events).toEqual(first.events);
    expect(second.sources).toEqual(first.sources);
  });

  it('round trip of the embedded dataset: every claim comes back, with its stance', () => {
    const result = loadDatasetDir('data');
    if (!result.ok) throw new Error('the embedded dataset does not validate');
    const index = buildIndex(result.dataset);
    const back = buildIndex(imported(toCsv(index, index.claims, link, { bom: true })));
    expect(back.claims.map((c) => c.id)).toEqual(index.claims.map((c) => c.id));
    // The sheet names relays and objects by name, and keeps no date notes: compare what it carries.
    const view = (claim: (typeof index.claims)[number], of: typeof index) => ({
      ...claim,
      stance: claimStance(claim, of.actorById),
      reportedVia: claim.reportedVia.map((id) => of.actorById.get(id)!.name),
      object: claim.object?.map((o) => `${of.actorById.get(o.actorId)!.name} ${o.role}`),
      addressee: claim.addressee?.map((id) => of.actorById.get(id)!.name),
      said: claim.said && { ...claim.said, note: undefined },
      sharedQuoteNote: undefined,
    });
    expect(back.claims.map((c) => view(c, back))).toEqual(index.claims.map((c) => view(c, index)));
  });

  it('reports a misspelt stance by row and column, with the value meant', () => {
    const text = [HEADER, row(), row({ stance: 'goverment', quote: 'another' })].join('\n');
    expect(problems(text)).toEqual([
      'claims.csv row 3, column "stance": "goverment" is not a stance; did you mean "official"?',
    ]);
  });

  it('reads Excel files: a byte-order mark, ";" as separator, quotes and line breaks in cells', () => {
    const plain = imported([HEADER, row({ quote: 'said "no",\nthen left' })].join('\r\n'));
    const excel = imported(
      '\uFEFF' +
        [
          HEADER.replace(/,/g, ';').toUpperCase(),
          row({ quote: 'said "no",\nthen left' }).replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'),
        ].join('\r\n'),
    );
    expect(excel).toEqual(plain);
    expect(plain.claims[0]!.quote).toBe('said "no",\nthen left');
  });

  it('names unknown, misspelt and missing columns', () => {
    expect(problems('event,event_date,place,actor,stanse,type,quote,summary,source,source_date\n')).toEqual([
      'claims.csv column "stanse": is not a column of the claims sheet; did you mean "stance"?',
      'claims.csv: has no column "stance"',
    ]);
  });

  it('reports empty required cells, bad dates and an event given two dates', () => {
    const text = [
      HEADER,
      row({ quote: '' }),
      row({ event_date: '29/11/2004', event: 'Other' }),
      row({ event_date: '2005', quote: 'x' }),
    ].join('\n');
    expect(problems(text)).toEqual([
      'claims.csv row 2, column "quote": is empty',
      'claims.csv row 3, column "event_date": "29/11/2004" is not a date as YYYY, YYYY-MM or YYYY-MM-DD (a spreadsheet may have turned it into a local date: format the column as text)',
      'claims.csv row 4, column "event_date": "Blasts in Almaty" has another date or place on row 2: one event, one date and place',
    ]);
  });

  it('moves problems found by validation to their row and column', () => {
    const text = [HEADER, row(), row({ actor: 'AFP', quote: 'x' })].join('\n');
    expect(problems(text)).toEqual([
      'claims.csv row 3, column "reported_via": [0]: an actor cannot relay its own claim',
    ]);
  });

  it('makes unique readable ids', () => {
    expect(slugify('Blasts at the Otan offices — Almaty, 2004', 'x')).toBe('blasts-at-the-otan-offices-almaty-2004');
    expect(slugify('Назарбаев', 'actor-3')).toBe('actor-3');
    const dataset = imported([HEADER, row(), row({ quote: 'again' })].join('\n'));
    expect(dataset.claims.map((c) => c.id)).toEqual([
      'moldiar-orazaliev-blasts-in-almaty',
      'moldiar-orazaliev-blasts-in-almaty-2',
    ]);
  });
});

describe('figures in a cell', () => {
  const cases: Figure[] = [
    { quantity: 'killed', value: 26, label: 'people killed' },
    { quantity: 'seized', min: 25000, unit: 'pamphlets', label: 'pamphlets (leaflets) seized', approximate: true },
    { quantity: 'killed', min: 20, max: 30, label: 'dead' },
    { quantity: 'wounded', max: 30, label: 'hurt' },
    { quantity: 'attackers', value: 15000, label: "'on the loose'", derived: true, basis: '20,000 minus (5,000)' },
  ];
  it.each(cases)('writes and reads back $quantity $label', (figure) => {
    expect(readFigure(writeFigure(figure))).toEqual({ ok: true, value: figure });
  });
  it('reads thousands separators and a missing label', () => {
    expect(readFigure('arrested: ~5,000')).toEqual({
      ok: true,
      value: { quantity: 'arrested', value: 5000, label: 'arrested', approximate: true },
    });
  });
});

describe('did you mean', () => {
  it('finds the value meant from a synonym, a misspelling or a different spelling', () => {
    expect(suggest('stance', 'goverment')).toBe('official');
    expect(suggest('stance', 'foreign goverment')).toBe('foreign-government');
    expect(suggest('type', 'acusation')).toBe('accusation');
    expect(suggest('stance', 'zzzz')).toBeUndefined();
    expect(readTerm('stance', 'Foreign Government')).toEqual({ ok: true, value: 'foreign-government' });
    expect(readTerm('attribution', 'xyz')).toEqual({
      ok: false,
      message: '"xyz" is not an attribution; use one of explicit, inferred, reporter',
    });
  });

  it('offers the vocabularies as a sheet', () => {
    expect(vocabularyCsv().split('\r\n')[0]).toBe('stance,type,form,attribution,object role,quantity,source kind');
  });
});
