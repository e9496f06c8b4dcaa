#!/usr/bin/env node
// careers-feed: convert, validate and describe careers feeds. See --help.
// The CLI itself is compiled to dist/lib/cli/ (shipped in the npm package;
// in a source checkout `npm run build` makes it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/lib/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('careers-feed: dist/lib/cli/main.js is missing; in a source checkout run "npm run build" first.\n');
  process.exit(3);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
