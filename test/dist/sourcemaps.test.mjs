/**
 * The CDN build's source maps still point at the right source after the
 * build cut the minifier's `@__PURE__` notes out of the chunks (and moved
 * the maps to match, vite.config.ts): for text that sits after many such
 * notes on the same line, the map leads back to the line of the source
 * that wrote it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decode } from '@jridgewell/sourcemap-codec';
import { ROOT } from './browser.mjs';

/** The built file whose name starts with `prefix` (`dist/` or `dist/chunks/`). */
function built(prefix) {
  const dir = prefix.includes('/') ? join(ROOT, 'dist', prefix.slice(0, prefix.lastIndexOf('/'))) : join(ROOT, 'dist');
  const start = prefix.slice(prefix.lastIndexOf('/') + 1);
  const file = readdirSync(dir).find((f) => f.startsWith(start) && f.endsWith('.js'));
  assert.ok(file, `a built file ${prefix}*.js`);
  return join(dir, file);
}

/** The source and line (1-based) the map gives for where `needle` starts in `file`, and how many notes came before it. */
function origin(file, needle) {
  const code = readFileSync(file, 'utf8');
  const at = code.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in ${file}`);
  const line = code.slice(0, at).split('\n').length - 1;
  const column = at - (code.lastIndexOf('\n', at - 1) + 1);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  // The last segment that starts at or before the needle's column (the string or template holding it).
  const segment = decode(map.mappings)[line].filter((s) => s[0] <= column && s.length >= 4).at(-1);
  assert.ok(segment, `a mapping before ${needle}`);
  const source = map.sources[segment[1]];
  const sourceLine = map.sourcesContent[segment[1]].split('\n')[segment[2]];
  return { source, sourceLine, line: segment[2] + 1 };
}

describe('source maps of the CDN build', () => {
  for (const [prefix, needle, source] of [
    ['chunks/pipeline-', 'is an HTML page, not a feed', 'src/feed/sources.ts'],
    ['chunks/careers-core-', 'could not load the ${', 'src/components/careers-widget/careers-widget.ts'],
    ['careers-widget', 'could not load its chunks', 'src/unavailable.ts'],
  ]) {
    it(`${prefix}…: "${needle}" maps back to ${source}`, () => {
      const found = origin(built(prefix), needle);
      assert.ok(found.source.endsWith(source), `${found.source} is ${source}`);
      assert.ok(found.sourceLine.includes(needle.replace('${', '')), `line ${found.line} of ${source} writes it: ${found.sourceLine.trim()}`);
    });
  }

  it('the chunks keep no @__PURE__ note', () => {
    for (const file of readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js'))) {
      assert.doesNotMatch(readFileSync(join(ROOT, 'dist/chunks', file), 'utf8'), /[#@]__PURE__/, file);
    }
  });
});
