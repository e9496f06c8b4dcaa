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
 * Every key reachable from `entry` through static and dynamic imports, in
 * discovery order (breadth first). Iterative.
 */
export function reachable(manifest, entry) {
  const seen = new Set([entry]);
  const queue = [entry];
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

/** The key of the manifest entry marked `isEntry` (the CDN script); throws unless exactly one. */
export function findEntry(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the build manifest, found ${entries.length}`);
  return entries[0];
}

/**
 * The download paths to the first card:
 *
 * - `native`: the entry and its static imports, plus the `pipeline` chunk
 *   (which the entry imports dynamically on connect) and its static imports.
 * - one path per adapter format: the native path plus `adapter(format)` and
 *   its static imports.
 *
 * Each path is `{ name, keys, base? }`: `keys` holds every chunk of the path
 * once; ATS paths name `base: 'native'` and `extra`, the keys they add to it.
 * `firstRender` is the entry with its static imports alone. Throws when the
 * pipeline or an adapter is missing, or is not loaded by the entry (directly
 * or lazily): a renamed module must not silently drop out of the budget.
 */
export function downloadPaths(manifest, { pipeline, formats, adapter, ats = [] }) {
  const entry = findEntry(manifest);
  const loadable = new Set(reachable(manifest, entry));
  const check = (key, what) => {
    entryOf(manifest, key);
    if (!loadable.has(key)) throw new Error(`${what} "${key}" is in the build manifest but the entry never loads it`);
  };
  check(pipeline, 'the pipeline chunk');
  const firstRender = staticClosure(manifest, [entry]);
  const firstRenderSet = new Set(firstRender);
  const native = [...firstRender, ...staticClosure(manifest, [pipeline]).filter((k) => !firstRenderSet.has(k))];
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

/** Keys the entry can load (statically or lazily) that lie on none of `paths`, sorted by file. */
export function offPath(manifest, entry, paths) {
  const onPath = new Set(paths.flatMap((p) => p.keys));
  return reachable(manifest, entry)
    .filter((key) => !onPath.has(key))
    .sort((a, b) => manifest[a].file.localeCompare(manifest[b].file));
}

/** The sum of `size(key)` over `keys`, each key counted once. */
export function totalOf(keys, size) {
  let total = 0;
  for (const key of new Set(keys)) total += size(key);
  return total;
}
