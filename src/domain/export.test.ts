import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { buildIndex } from './dataset-index.ts';
import { csvField, subsetDataset, toCsv, toJsonLd } from './export.ts';
import { applyFilters, EMPTY_FILTERS, matchingClaims } from './filters.ts';
import { validateCombined } from './validate.ts';

const index = buildIndex(fixture());
const link = (claim: { id: string }) => `https://example.test/events#claim-${claim.id}`;

describe('CSV', () => {
  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5 dead')).toBe("'-5 dead");
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('writes a header and one CRLF-terminated row per claim', () => {
    const csv = toCsv(index, index.claims, link);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^claim_id,event_id,event_title,/);
    expect(lines[0]).toMatch(/,figures,event_date_approximate,event_summary,actor_role,.*,permalink$/);
    expect(lines).toHaveLength(index.claims.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toContain('chief-hooliganism,otan-blasts,Blasts at the Otan offices,2004-11,Almaty');
    expect(lines[1]).toContain('Sergey Duvanov');
  });
});

describe('JSON export', () => {
  it('imports back to the same view', () => {
    const filters = { ...EMPTY_FILTERS, actor: ['police-chief'] };
    const view = applyFilters(index, filters);
    const exported = JSON.parse(JSON.stringify(subsetDataset(index, matchingClaims(view))));
    const result = validateCombined(exported, 'export.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const reimported = buildIndex(result.dataset);
    const all = applyFilters(reimported, EMPTY_FILTERS);
    expect(matchingClaims(all).map((i) => reimported.claims[i]!.id)).toEqual(
      matchingClaims(view).map((i) => index.claims[i]!.id),
    );
    // Relays are kept, so the claims' chains still resolve.
    expect(result.dataset.actors.map((a) => a.id).sort()).toEqual(['activist', 'police-chief']);
  });

  it('drops disputes left with fewer than two positions', () => {
    const onlyChief = applyFilters(index, { ...EMPTY_FILTERS, actor: ['police-chief'] });
    expect(subsetDataset(index, matchingClaims(onlyChief)).disputes).toEqual([]);
    expect(subsetDataset(index, matchingClaims(applyFilters(index, EMPTY_FILTERS))).disputes).toHaveLength(1);
  });
});

describe('JSON-LD', () => {
  it('describes each claim as a schema.org Claim with author, appearance and date', () => {
    const graph = toJsonLd(index, [index.claimById.get('duvanov-provocation')!], link)['@graph'];
    expect(graph[0]).toMatchObject({
      '@type': 'Claim',
      text: 'law enforcement authorities were planning a provocation',
      author: { '@type': 'Person', name: 'Sergey Duvanov' },
      appearance: { '@type': 'CreativeWork', name: 'A cable', datePublished: '2005-12-02' },
      datePublished: '2005-12-01',
    });
  });
});
