/**
 * What `npm pack` publishes: the built files every entry point needs, types
 * for every JS entry, source maps that carry their sources, the license; no
 * sources, tests or build leftovers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, packedFiles, readJson } from './helpers.mjs';

const files = packedFiles();
const packed = new Set(files);
const pkg = readJson('package.json');
const strip = (path) => path.replace(/^\.\//, '');

test('the tarball holds the CDN build, the npm entry, the CLI, the manifests, README and LICENSE', () => {
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'bin/careers-feed.js',
    'custom-elements.json',
    'feed.schema.json',
    'dist/careers-widget.js',
    'dist/careers-widget.js.map',
    'dist/cdn.js',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/lib/cdn.d.ts',
    'dist/lib/cli/main.js',
    'dist/lib/components/careers-widget/careers-widget.js',
    'dist/lib/generated/locales/fr.js',
  ]) {
    assert.ok(packed.has(file), `${file} is packed`);
  }
  assert.ok(files.some((f) => /^dist\/chunks\/[^/]+\.js$/.test(f)), 'CDN chunks are packed');
  assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) 2026 careers-widget contributors\n/);
});

test('nothing but dist/, bin/ and the root files; no sources, tests or build leftovers', () => {
  const rootFiles = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'feed.schema.json']);
  for (const file of files) {
    assert.ok(rootFiles.has(file) || /^(dist|bin)\//.test(file), `${file} belongs in the package`);
    assert.doesNotMatch(file, /(^|\/)\.|\.tsbuildinfo$|\.d\.ts\.map$|\.test\.|^dist\/.*\.ts$(?<!\.d\.ts)/, `${file} is not a leftover`);
  }
  assert.ok(!files.some((f) => f.startsWith('dist/.vite/')));
});

test('every entry point of package.json is packed, and every JS entry has types', () => {
  const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin)];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      assert.doesNotMatch(target, /\.js$/, `${subpath}: a JS entry needs { types, default }`);
      targets.push(target);
    } else {
      assert.ok(target.types, `${subpath} has types`);
      assert.deepEqual(Object.keys(target), ['types', 'default'], `${subpath}: types first`);
      targets.push(target.types, target.default);
    }
  }
  for (const target of targets) assert.ok(packed.has(strip(target)), `${target} is packed`);
  // The CDN bundle's public surface is src/cdn.ts, whose declarations ./cdn points at.
  assert.equal(pkg.exports['./cdn'].types, './dist/lib/cdn.d.ts');
  assert.equal(pkg.exports['./cdn'].default, './dist/cdn.js');
});

test('every compiled module of dist/lib ships its declarations', () => {
  const modules = files.filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'));
  assert.ok(modules.length > 40);
  for (const file of modules) assert.ok(packed.has(file.replace(/\.js$/, '.d.ts')), `${file} has a .d.ts`);
});

test('every source map carries the text of its sources; every JS file names a packed map', () => {
  const maps = files.filter((f) => f.endsWith('.js.map'));
  assert.ok(maps.some((f) => f.startsWith('dist/lib/')) && maps.some((f) => f.startsWith('dist/chunks/')));
  for (const file of maps) {
    const map = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    assert.ok(map.sources.length > 0, `${file} has sources`);
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file} has sourcesContent`);
    map.sourcesContent.forEach((text, i) => assert.equal(typeof text, 'string', `${file}: text of ${map.sources[i]}`));
  }
  for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    // dist/cdn.js only re-exports the core chunk: no code of its own, nothing to map.
    if (/^export\{[\w$ ,]+\}from"\.\/chunks\/[\w-]+\.js";?\s*$/.test(code)) continue;
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    assert.ok(url, `${file} names its map`);
    assert.ok(packed.has(join(file, '..', url)), `${file} → ${url} is packed`);
  }
});

test('sideEffects lists the modules that define elements, and they are packed', () => {
  const list = pkg.sideEffects;
  // The entries that import a define module count too: a bundler skips the imports of a side-effect-free module.
  for (const file of ['dist/careers-widget.js', 'dist/cdn.js', 'dist/lib/index.js', 'dist/lib/cdn.js', 'dist/lib/cdn-bootstrap.js', 'dist/lib/define.js', 'dist/lib/components/careers-posting/define.js']) {
    assert.ok(list.includes(`./${file}`), `${file} has side effects`);
    assert.ok(packed.has(file));
  }
  // Only the define modules register tags; the class modules (and core.js) are free of side effects.
  const defining = files.filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js') && /\bdefineElement\(\s*['"]/.test(readFileSync(join(ROOT, f), 'utf8')));
  assert.deepEqual(defining.sort(), ['dist/lib/components/careers-posting/define.js', 'dist/lib/define.js']);
});

test('the CDN build carries the English messages but not the notes for translators', () => {
  const chunks = files.filter((f) => f === 'dist/careers-widget.js' || (f.startsWith('dist/chunks/') && f.endsWith('.js')));
  const code = chunks.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  assert.ok(code.includes('Clear filters'), 'a message is there');
  assert.ok(code.includes('filter.clear'), 'with its id');
  assert.ok(!code.includes('Button that resets all filters'), 'its desc is not');
  assert.ok(!/\bdesc:/.test(code), 'no desc option survives');
});
