/** The JSON Schema files in data/schema/, generated from the zod schemas. */
import { z } from 'zod';
import { datasetSchema, tableSchemas } from '../src/domain/schema.ts';
import { TABLES } from '../src/domain/vocabulary.ts';

export const SCHEMA_DIR = 'data/schema';

const BASE_ID = 'https://narratives.invalid/schema/';

function render(schema: z.ZodType, name: string, title: string, description: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, $id: `${BASE_ID}${name}`, title, description }, null, 2)}\n`;
}

/** File name → contents, for every table and for the combined file. */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const table of TABLES) {
    const name = `${table}.schema.json`;
    files[name] = render(tableSchemas[table], name, `Narratives ${table}`, `The array in data/${table}.json.`);
  }
  files['dataset.schema.json'] = render(
    datasetSchema,
    'dataset.schema.json',
    'Narratives dataset',
    'One file holding all five tables, as the app loads and imports it.',
  );
  return files;
}
