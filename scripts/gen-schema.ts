/** npm run data:schema: writes data/schema/*.schema.json from the zod schemas, and the shape check compiled from them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles, SCHEMA_DIR, shapeCheckFiles } from './json-schema.ts';

mkdirSync(SCHEMA_DIR, { recursive: true });
const files = {
  ...Object.fromEntries(
    Object.entries(jsonSchemaFiles()).map(([name, contents]) => [join(SCHEMA_DIR, name), contents]),
  ),
  ...shapeCheckFiles(),
};
for (const [path, contents] of Object.entries(files)) {
  writeFileSync(path, contents);
  console.log(`wrote ${path}`);
}
