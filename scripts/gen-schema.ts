/** npm run data:schema: writes data/schema/*.schema.json from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles, SCHEMA_DIR } from './json-schema.ts';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [name, contents] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(SCHEMA_DIR, name), contents);
  console.log(`wrote ${join(SCHEMA_DIR, name)}`);
}
