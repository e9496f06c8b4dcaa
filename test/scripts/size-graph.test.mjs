/**
 * The chunk-graph walk behind `npm run size` (scripts/size-graph.mjs), on
 * small hand-made manifests shaped like Vite's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { atsSharedKey, downloadPaths, entryStarts, findEntry, offPath, reachable, staticClosure, totalOf } from '../../scripts/size-graph.mjs';

const chunk = (file, imports = [], dynamicImports = [], extra = {}) => ({ file, imports, dynamicImports, ...extra });

/**
 * Shaped like the CDN build: a bootstrap entry whose imports the manifest
 * does not list (they are `starts`), and the module with the exports.
 *
 * boot (careers-widget.js) starts shared, pipeline
 * cdn (cdn.js) → shared (static)
 * shared → locale, pipeline (dynamic)
 * pipeline → shared (static), → a, b (dynamic)
 * a → common (static); b → common, pipeline (static); common → shared
 * locale → lit (static)
 */
const manifest = {
  'src/boot.ts': chunk('careers-widget.js', [], [], { isEntry: true }),
  'src/cdn.ts': chunk('cdn.js', ['_shared.js'], [], { isEntry: true }),
  '_shared.js': chunk('chunks/shared.js', [], ['src/locale.ts', 'src/pipeline.ts']),
  '_common.js': chunk('chunks/common.js', ['_shared.js']),
  '_lit.js': chunk('chunks/lit.js'),
  'src/pipeline.ts': chunk('chunks/pipeline.js', ['_shared.js'], ['src/a.ts', 'src/b.ts']),
  'src/a.ts': chunk('chunks/a.js', ['_common.js']),
  'src/b.ts': chunk('chunks/b.js', ['_common.js', 'src/pipeline.ts']),
  'src/locale.ts': chunk('chunks/locale.js', ['_lit.js']),
};
const starts = ['_shared.js', 'src/pipeline.ts'];
const options = { pipeline: 'src/pipeline.ts', formats: ['a', 'b'], adapter: (f) => `src/${f}.ts`, starts };

describe('size graph', () => {
  it('staticClosure follows static imports transitively, not dynamic ones', () => {
    assert.deepEqual(staticClosure(manifest, ['src/a.ts']), ['src/a.ts', '_common.js', '_shared.js']);
    assert.deepEqual(staticClosure(manifest, ['src/cdn.ts']), ['src/cdn.ts', '_shared.js']);
  });

  it('staticClosure counts a chunk once, also in an import cycle', () => {
    const cyclic = { x: chunk('x.js', ['y']), y: chunk('y.js', ['x', 'z']), z: chunk('z.js', ['y']) };
    assert.deepEqual(staticClosure(cyclic, ['x', 'y']), ['x', 'y', 'z']);
  });

  it('walks a 100,000-chunk chain without recursion', () => {
    const chain = {};
    for (let i = 0; i < 100_000; i++) chain[`c${i}`] = chunk(`c${i}.js`, i + 1 < 100_000 ? [`c${i + 1}`] : []);
    assert.equal(staticClosure(chain, ['c0']).length, 100_000);
  });

  it('reachable follows static and dynamic imports, from one key or several', () => {
    assert.deepEqual(new Set(reachable(manifest, 'src/cdn.ts')), new Set(Object.keys(manifest).filter((k) => k !== 'src/boot.ts')));
    assert.deepEqual(reachable(manifest, ['src/a.ts', 'src/locale.ts']), ['src/a.ts', 'src/locale.ts', '_common.js', '_lit.js', '_shared.js', 'src/pipeline.ts', 'src/b.ts']);
  });

  it('findEntry is the entry chunk written to careers-widget.js', () => {
    assert.equal(findEntry(manifest), 'src/boot.ts');
    assert.equal(findEntry(manifest, 'cdn.js'), 'src/cdn.ts');
    assert.throws(() => findEntry(manifest, 'gone.js'), /expected one entry chunk "gone.js" in the build manifest, found 0/);
  });

  it('entryStarts reads the chunks the built entry imports, by file', () => {
    const code = 'function e(){}import(`./chunks/shared.js`).catch(e),import("./chunks/pipeline.js"),import( \'./chunks/shared.js\' );';
    assert.deepEqual(entryStarts(manifest, code), ['_shared.js', 'src/pipeline.ts']);
    assert.deepEqual(entryStarts(manifest, 'export {};'), []);
    assert.throws(() => entryStarts(manifest, 'import("./chunks/gone.js")'), /the entry imports "\.\/chunks\/gone\.js", which the build manifest does not have/);
  });

  it('the native path is the entry, what it starts, the pipeline and their static imports', () => {
    const { entry, firstRender, paths } = downloadPaths(manifest, options);
    assert.equal(entry, 'src/boot.ts');
    assert.deepEqual(firstRender, ['src/boot.ts', '_shared.js']);
    assert.equal(paths[0].name, 'native');
    assert.deepEqual(paths[0].keys, ['src/boot.ts', '_shared.js', 'src/pipeline.ts']);
  });

  it('counts the pipeline also when the entry does not start it, and the entry\'s own imports', () => {
    const { firstRender, paths } = downloadPaths(manifest, { ...options, starts: ['_shared.js'] });
    assert.deepEqual(firstRender, ['src/boot.ts', '_shared.js']);
    assert.deepEqual(paths[0].keys, ['src/boot.ts', '_shared.js', 'src/pipeline.ts']);
    // An entry that imports (statically or dynamically) what it needs, as a plain entry would.
    const plain = { ...manifest, 'src/boot.ts': chunk('careers-widget.js', ['_lit.js'], ['_shared.js'], { isEntry: true }) };
    assert.deepEqual(downloadPaths(plain, { ...options, starts: [] }).paths[0].keys, ['src/boot.ts', '_shared.js', '_lit.js', 'src/pipeline.ts']);
  });

  it('an ATS path adds the adapter and its shared chunks, each once', () => {
    const { paths } = downloadPaths(manifest, options);
    const [, a, b] = paths;
    assert.equal(a.name, 'a');
    assert.deepEqual(a.extra, ['src/a.ts', '_common.js']);
    assert.deepEqual(a.keys, ['src/boot.ts', '_shared.js', 'src/pipeline.ts', 'src/a.ts', '_common.js']);
    // b imports the pipeline and (through common) shared again: not counted twice.
    assert.deepEqual(b.extra, ['src/b.ts', '_common.js']);
    assert.equal(new Set(b.keys).size, b.keys.length);
  });

  it('every ATS path also counts the modules all ATS paths load (format detection), each once', () => {
    const withDetect = {
      ...manifest,
      'src/pipeline.ts': chunk('chunks/pipeline.js', ['_shared.js'], ['src/a.ts', 'src/b.ts', 'src/detect.ts']),
      'src/detect.ts': chunk('chunks/detect.js', ['_common.js']),
    };
    const { paths } = downloadPaths(withDetect, { ...options, ats: ['src/detect.ts'] });
    assert.deepEqual(paths[0].keys, ['src/boot.ts', '_shared.js', 'src/pipeline.ts']);
    assert.deepEqual(paths[1].extra, ['src/detect.ts', 'src/a.ts', '_common.js']);
    assert.deepEqual(paths[2].extra, ['src/detect.ts', 'src/b.ts', '_common.js']);
    assert.throws(() => downloadPaths(manifest, { ...options, ats: ['src/detect.ts'] }), /no chunk "src\/detect.ts"/);
  });

  it('lists the lazy chunks on no path', () => {
    const { entry, paths } = downloadPaths(manifest, options);
    assert.deepEqual(offPath(manifest, [entry, ...starts], paths), ['_lit.js', 'src/locale.ts']);
  });

  it('finds the chunk every ATS path loads first: the module, the adapt group chunk, or detection in older builds', () => {
    assert.equal(atsSharedKey({ 'src/feed/adapters/adapt.ts': chunk('chunks/adapt.js'), '_adapt-X1.js': chunk('chunks/adapt-X1.js') }), 'src/feed/adapters/adapt.ts');
    assert.equal(atsSharedKey({ '_careers-core-A.js': chunk('chunks/core.js'), '_adapt-B_z-9.js': chunk('chunks/adapt-B_z-9.js') }), '_adapt-B_z-9.js');
    assert.equal(atsSharedKey({ 'src/feed/adapters/detect.ts': chunk('chunks/detect.js') }), 'src/feed/adapters/detect.ts');
  });

  it('totalOf sums each chunk once', () => {
    const sizes = { p: 10, q: 5 };
    assert.equal(totalOf(['p', 'q', 'p'], (k) => sizes[k]), 15);
  });

  it('fails on a missing pipeline or adapter instead of leaving it out', () => {
    assert.throws(() => downloadPaths(manifest, { ...options, pipeline: 'src/gone.ts' }), /no chunk "src\/gone.ts"/);
    assert.throws(() => downloadPaths(manifest, { ...options, formats: ['a', 'c'] }), /no chunk "src\/c.ts"/);
    const orphan = { ...manifest, 'src/c.ts': chunk('chunks/c.js') };
    assert.throws(
      () => downloadPaths(orphan, { ...options, formats: ['c'] }),
      /the c adapter "src\/c.ts" is in the build manifest but the entry never loads it/,
    );
    // A bootstrap that starts nothing loads nothing the manifest could show.
    assert.throws(() => downloadPaths(manifest, { ...options, starts: [] }), /the pipeline chunk "src\/pipeline.ts" is in the build manifest but the entry never loads it/);
  });

  it('needs exactly one entry chunk written to careers-widget.js', () => {
    const two = { ...manifest, 'src/other.ts': chunk('careers-widget.js', [], [], { isEntry: true }) };
    assert.throws(() => downloadPaths(two, options), /expected one entry chunk "careers-widget.js"/);
  });
});
