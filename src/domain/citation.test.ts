import { describe, expect, it } from 'vitest';
import { fixture } from '../test/fixture.ts';
import { bibliography, citeClaim, plainCitation } from './citation.ts';
import { buildIndex } from './dataset-index.ts';

const index = buildIndex(fixture());
const claim = index.claims.find((c) => c.id === 'chief-hooliganism')!;
const link = 'https://example.test/events/otan-blasts#claim-chief-hooliganism';

describe('citations', () => {
  it('plain text names the claimant, the relay chain, the source and the link', () => {
    expect(plainCitation(claim, index, link)).toBe(
      'Moldiar Orazaliev, reported via Sergey Duvanov: “the most likely one being hooliganism”. “A blog post”, A blog, 29 Nov 2004. ' +
        link,
    );
  });

  it('BibTeX cites the source, with the claim and its relays in the note, special characters escaped', () => {
    const bibtex = citeClaim('bibtex', claim, index, link);
    expect(bibtex).toBe(
      [
        '@misc{chief-hooliganism,',
        '  title = {A blog post},',
        '  author = {{A blog}},',
        '  howpublished = {A blog},',
        '  year = {2004},',
        '  month = {11},',
        '  date = {2004-11-29},',
        `  note = {Moldiar Orazaliev (reported via Sergey Duvanov): “the most likely one being hooliganism”. Narratives: ${link.replace('#', '\\#')}}`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('RIS and CSL-JSON carry the same', () => {
    const ris = citeClaim('ris', claim, index, link);
    expect(ris.split('\r\n')).toEqual([
      'TY  - BLOG',
      'TI  - A blog post',
      'AU  - A blog',
      'PB  - A blog',
      'PY  - 2004',
      'DA  - 2004/11/29/',
      `UR  - ${link}`,
      `N1  - Moldiar Orazaliev (reported via Sergey Duvanov): “the most likely one being hooliganism”. Narratives: ${link}`,
      'ER  - ',
      '',
    ]);
    const [item] = JSON.parse(citeClaim('csl-json', claim, index, link));
    expect(item).toMatchObject({
      id: 'chief-hooliganism',
      type: 'post-weblog',
      title: 'A blog post',
      issued: { 'date-parts': [[2004, 11, 29]] },
    });
    expect(item.note).toContain('reported via Sergey Duvanov');
  });

  it('a bibliography lists each source once', () => {
    const sources = fixture().sources;
    expect(bibliography('bibtex', sources).match(/^@/gm)).toHaveLength(2);
    expect(bibliography('ris', sources).match(/^TY {2}- /gm)).toHaveLength(2);
    expect(JSON.parse(bibliography('csl-json', sources)).map((s: { id: string }) => s.id)).toEqual(['blog', 'cable']);
  });
});
