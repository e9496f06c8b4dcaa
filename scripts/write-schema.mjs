#!/usr/bin/env node
/**
 * `npm run build:schema`: writes `feed.schema.json` (repository root), the
 * JSON Schema of the native feed format v1, generated from the zod schema.
 * Runs after `npm run build:lib`, which compiles `src` to `dist/lib`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/lib/feed/json-schema.js', root);
if (!existsSync(compiled)) {
  console.error(`build:schema: ${fileURLToPath(compiled)} is missing; run "npm run build:lib" first.`);
  process.exit(1);
}
const { feedJsonSchema } = await import(compiled.href);
const out = new URL('feed.schema.json', root);
writeFileSync(out, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`build:schema: wrote ${fileURLToPath(out)}`);
