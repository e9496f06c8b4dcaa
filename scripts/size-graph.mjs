/**
 * The chunk graph of the CDN build, read from Vite's build manifest
 * (`dist/.vite/manifest.json`), and the download paths the size budget
 * counts. Pure functions over the parsed manifest (no file system), so
 * `test/scripts/size-graph.test.mjs` can check them on small hand-made
 * manifests.
 *
 * A manifest maps a key (a source path such as `src/feed/pipeline.ts`, or
 * `_name-hash.js` for a shared chunk) to `{ file, imports?, dynamicImports? }`;
 * `imports` and `dynamicImports` hold keys of the same manifest.
 */

/** The manifest entry of `key`; throws when the manifest has none. */
function entryOf(manifest, key) {
  const entry = manifest[key];
  if (!entry || typeof entry.file !== 'string') throw new Error(`the build manifest has no chunk "${key}"`);
  return entry;
}

/**
 * The keys a browser must download to run `roots`: the roots and every
 * chunk they import statically, transitively, each once, in discovery order
 * (breadth first, roots first). Dynamic imports are not followed. Walks with
 * a queue, never recursion.
 */
export function staticClosure(manifest, roots) {
  const seen = new Set();
  const queue = [];
  for (const root of roots) {
    entryOf(manifest, root);
    if (!seen.has(root)) {
      seen.add(root);
      queue.push(root);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const key of entryOf(manifest, queue[i]).imports ?? []) {
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(key);
      }
    }
  }
  return queue;
}

/**
 * Every key reachable from `roots` (a key or a list) through static and
 * dynamic imports, in discovery order (breadth first). Iterative.
 */
export function reachable(manifest, roots) {
  const queue = [...new Set([roots].flat())];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const node = entryOf(manifest, queue[i]);
    for (const key of [...(node.imports ?? []), ...(node.dynamicImports ?? [])]) {
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(key);
      }
    }
  }
  return queue;
}

/**
 * The key of the entry chunk written to `file` (the CDN script,
 * `careers-widget.js`); throws unless exactly one entry chunk is.
 */
export function findEntry(manifest, file = 'careers-widget.js') {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && manifest[key].file === file);
  if (entries.length !== 1) throw new Error(`expected one entry chunk "${file}" in the build manifest, found ${entries.length}`);
  return entries[0];
}

/**
 * The keys of the chunks that the built entry `code` imports with
 * `import("./…")`, found by file. The CDN entry is a bootstrap whose import
 * of the widget the build points at the core chunk after the manifest is
 * written, so the manifest does not list it; the file does. Throws on a file
 * the manifest lacks.
 */
export function entryStarts(manifest, code) {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const starts = [];
  for (const [, file] of code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) {
    const key = byFile.get(file);
    if (!key) throw new Error(`the entry imports "./${file}", which the build manifest does not have`);
    if (!starts.includes(key)) starts.push(key);
  }
  return starts;
}

/**
 * The download paths to the first card:
 *
 * - `native`: what the entry loads at once (the entry, the chunks it imports,
 *   statically or dynamically, and `starts`: the chunks a bootstrap entry
 *   imports that the manifest does not list, see `entryStarts`), plus the
 *   `pipeline` chunk (which the element imports when it connects, if the
 *   entry did not already), each with its static imports.
 * - one path per adapter format: the native path plus `adapter(format)` and
 *   its static imports.
 *
 * Each path is `{ name, keys, base? }`: `keys` holds every chunk of the path
 * once; ATS paths name `base: 'native'` and `extra`, the keys they add to it.
 * `firstRender` is what the entry loads at once, without the pipeline.
 * Throws when the pipeline or an adapter is missing, or is not loaded by the
 * entry (directly or lazily): a renamed module must not silently drop out of
 * the budget.
 */
export function downloadPaths(manifest, { pipeline, formats, adapter, ats = [], starts = [] }) {
  const entry = findEntry(manifest);
  const atOnce = [entry, ...(manifest[entry].dynamicImports ?? []), ...starts];
  const loadable = new Set(reachable(manifest, atOnce));
  const check = (key, what) => {
    entryOf(manifest, key);
    if (!loadable.has(key)) throw new Error(`${what} "${key}" is in the build manifest but the entry never loads it`);
  };
  check(pipeline, 'the pipeline chunk');
  const pipelineChunks = staticClosure(manifest, [pipeline]);
  const firstRender = staticClosure(manifest, atOnce.filter((key) => key !== pipeline));
  const firstRenderSet = new Set(firstRender);
  const native = [...firstRender, ...pipelineChunks.filter((k) => !firstRenderSet.has(k))];
  const nativeSet = new Set(native);
  const paths = [{ name: 'native', keys: native }];
  for (const format of formats) {
    const key = adapter(format);
    check(key, `the ${format} adapter`);
    for (const shared of ats) check(shared, 'a module every ATS path loads');
    const extra = staticClosure(manifest, [...ats, key]).filter((k) => !nativeSet.has(k));
    paths.push({ name: format, base: 'native', extra, keys: [...native, ...extra] });
  }
  return { entry, firstRender, paths };
}

/** Keys that `roots` (the entry and its starts) can load, statically or lazily, that lie on none of `paths`, sorted by file. */
export function offPath(manifest, roots, paths) {
  const onPath = new Set(paths.flatMap((p) => p.keys));
  return reachable(manifest, roots)
    .filter((key) => !onPath.has(key))
    .sort((a, b) => manifest[a].file.localeCompare(manifest[b].file));
}

/** The sum of `size(key)` over `keys`, each key counted once. */
export function totalOf(keys, size) {
  let total = 0;
  for (const key of new Set(keys)) total += size(key);
  return total;
}

/**
 * The manifest key of the chunk every ATS path loads first: format detection
 * and the adapters' shared helpers. A group chunk (`_adapt-<hash>.js`) in
 * builds that put them together, the module's own key before that, and
 * detection alone in builds older still (for `bench --compare`).
 */
export function atsSharedKey(manifest) {
  if (manifest['src/feed/adapters/adapt.ts']) return 'src/feed/adapters/adapt.ts';
  return Object.keys(manifest).find((key) => /^_adapt-[\w-]+\.js$/.test(key)) ?? 'src/feed/adapters/detect.ts';
}
