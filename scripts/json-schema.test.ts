// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, SCHEMA_DIR, shapeCheckFiles } from './json-schema.ts';

describe('data/schema', () => {
  it.each(Object.entries(jsonSchemaFiles()))('%s is up to date (run npm run data:schema)', (name, contents) => {
    expect(readFileSync(join(SCHEMA_DIR, name), 'utf8')).toBe(contents);
  });

  it.each(Object.entries(shapeCheckFiles()))('%s is up to date (run npm run data:schema)', (path, contents) => {
    expect(readFileSync(path, 'utf8')).toBe(contents);
  });

  it('describes the claim fields other tools rely on', () => {
    const claims = JSON.parse(jsonSchemaFiles()['claims.schema.json']!);
    expect(Object.keys(claims.items.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'eventId',
        'actorId',
        'type',
        'summary',
        'quote',
        'sourceId',
        'reportedVia',
        'said',
        'figures',
      ]),
    );
    expect(claims.items.required).toEqual(
      expect.arrayContaining(['id', 'eventId', 'actorId', 'type', 'summary', 'quote', 'sourceId', 'reportedVia']),
    );
  });
});
