import { fileURLToPath } from 'node:url';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { transform as transformCss } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';

/** `npm start` opens the demo: send `/` to `/demo/`. */
const demoIndex = (): Plugin => ({
  name: 'careers-demo-index',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
});

/** A node of a module parsed by the bundler (ESTree, with offsets). */
type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Visits every node of a parsed module, without recursion (a deeply nested
 * module cannot overflow the stack). `visit` returns true to skip the node's
 * children.
 */
function walk(root: unknown, visit: (node: AstNode) => boolean | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const n = node as AstNode;
    if (visit(n) === true) continue;
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') stack.push(value);
  }
}

/**
 * `msg('…', { id, desc })`: `desc` is a note for translators, read by
 * `lit-localize extract` from the source; at run time nothing reads it. The
 * CDN build drops it (about 4 KB of English notes, 0.9 KB gzip on the
 * first-card path), found by walking the parsed module, not by matching text.
 */
const stripMessageNotes = (): Plugin => ({
  name: 'careers-strip-message-notes',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id) || !code.includes('desc')) return null;
    const removals: [number, number][] = [];
    walk(this.parse(code), (n) => {
      const callee = n['callee'] as AstNode | undefined;
      const options = (n['arguments'] as AstNode[] | undefined)?.[1];
      if (n.type === 'CallExpression' && callee?.type === 'Identifier' && callee['name'] === 'msg' && options?.type === 'ObjectExpression') {
        for (const property of options['properties'] as AstNode[]) {
          const key = property['key'] as AstNode | undefined;
          if (key?.type === 'Identifier' && key['name'] === 'desc') {
            const after = /^\s*,/.exec(code.slice(property.end));
            removals.push([property.start, property.end + (after ? after[0].length : 0)]);
          }
        }
      }
    });
    if (removals.length === 0) return null;
    // Blank the notes out rather than cut them, so every line and column (and the source map) stays where it was.
    let out = code;
    for (const [start, end] of removals) out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
    return { code: out, map: null };
  },
});

/**
 * The styles are Lit `css` templates, written to be read (indented, with
 * comments); the CDN build minifies each with Lightning CSS, found by walking
 * the parsed module like `stripMessageNotes`. About 0.2 KB gzip on the way to
 * the first card. Only templates without `${…}` and backslashes, so that the
 * text Lit receives is exactly the text minified.
 */
const minifyStyles = (): Plugin => ({
  name: 'careers-minify-styles',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.+\.styles\.ts$/.test(id)) return null;
    const templates: AstNode[] = [];
    walk(this.parse(code), (n) => {
      const tag = n['tag'] as AstNode | undefined;
      const quasi = n['quasi'] as AstNode | undefined;
      if (n.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && tag['name'] === 'css' && quasi) {
        if ((quasi['expressions'] as unknown[]).length === 0) templates.push(quasi);
        return true;
      }
    });
    let out = code;
    // From the end, so the offsets of the templates before stay right.
    for (const quasi of templates.sort((a, b) => b.start - a.start)) {
      const text = code.slice(quasi.start + 1, quasi.end - 1);
      if (text.includes('\\')) continue;
      const minified = transformCss({ filename: id, code: Buffer.from(text), minify: true }).code.toString();
      if (/[`\\]|\$\{/.test(minified)) continue;
      // As many line breaks as before, after the template (where the minifier drops them), so what
      // follows stays on its line and the source map stays right.
      const lines = '\n'.repeat(text.split('\n').length - 1);
      out = `${out.slice(0, quasi.start + 1)}${minified}\`${lines}${out.slice(quasi.end)}`;
    }
    return out === code ? null : { code: out, map: null };
  },
});

/**
 * The minifier leaves a `/* @__PURE__ *\/` before each call it keeps that
 * has no side effects: a note for a bundler that would process the files
 * again, of no use to the browser that downloads them (1 % of a chunk, about
 * 0.35 KB gzip on an ATS path). Dropped from the written chunks, their source
 * maps moved to match. (Rolldown's own `comments.annotation: false` drops
 * them before tree shaking too, which then keeps more code.) A chunk where
 * the note sits inside a string would change its meaning: the build fails
 * instead.
 */
const dropPureNotes = (): Plugin => ({
  name: 'careers-drop-pure-notes',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const NOTE = /\/\*\s*[#@]__PURE__\s*\*\/ ?/g;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !/[#@]__PURE__/.test(chunk.code)) continue;
      const mapFile = bundle[`${chunk.fileName}.map`];
      const map = mapFile?.type === 'asset' ? (JSON.parse(String(mapFile.source)) as { mappings: string }) : undefined;
      const mappings = map ? decode(map.mappings) : [];
      const word = /[\w$]/;
      const lines = chunk.code.split('\n').map((line, index) => {
        // Where each note starts and how much of it goes: all of it, or all but one space where
        // it separates two words (`return/* @__PURE__ */ f()` must stay `return f()`).
        const cuts = [...line.matchAll(NOTE)].map((m) => {
          const joins = word.test(line[m.index - 1] ?? '') && word.test(line[m.index + m[0].length] ?? '');
          return { at: m.index, length: m[0].length - (joins ? 1 : 0), text: joins ? ' ' : '' };
        });
        if (cuts.length === 0) return line;
        // Each segment moves left by what was cut before it (no segment starts inside a note).
        for (const segment of mappings[index] ?? []) {
          segment[0] -= cuts.reduce((sum, cut) => (cut.at < segment[0] ? sum + cut.length : sum), 0);
        }
        let out = '';
        let from = 0;
        for (const cut of cuts) {
          out += line.slice(from, cut.at) + cut.text;
          from = cut.at + cut.length + cut.text.length;
        }
        return out + line.slice(from);
      });
      const code = lines.join('\n');
      if (/[#@]__PURE__/.test(code)) throw new Error(`careers-drop-pure-notes: ${chunk.fileName} has a note that is not a comment`);
      this.parse(code); // still JavaScript
      chunk.code = code;
      if (map && mapFile?.type === 'asset') mapFile.source = JSON.stringify({ ...map, mappings: encode(mappings) });
    }
  },
});

const BOOTSTRAP = fileURLToPath(new URL('./src/cdn-bootstrap.ts', import.meta.url));
const CDN_MODULE = fileURLToPath(new URL('./src/cdn.ts', import.meta.url));

/**
 * The bootstrap (`src/cdn-bootstrap.ts`) imports `./cdn.js` to define the
 * element; in the CDN build that import points straight at the chunk that
 * does (the core chunk, which `dist/cdn.js` only re-exports), so the core
 * chunk downloads at once, side by side with the pipeline chunk that the
 * bootstrap imports too, rather than after a hop through `dist/cdn.js`.
 *
 * The bundler does not see this import (it is an external placeholder until
 * the chunks are rendered): seen, it would load `dist/cdn.js` first, as it
 * must for a module that is an entry of its own.
 */
const bootstrapImports = (): Plugin => {
  const PLACEHOLDER = 'careers-bootstrap:widget';
  return {
    name: 'careers-bootstrap-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer === BOOTSTRAP && source === './cdn.js' ? { id: PLACEHOLDER, external: true } : null;
    },
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.facadeModuleId !== BOOTSTRAP) return null;
      const cdn = Object.values(chunks).find((c) => c.facadeModuleId === CDN_MODULE);
      // dist/cdn.js must hold nothing but re-exports, or importing the core chunk alone would miss its code.
      const own = cdn && Object.values(cdn.modules).reduce((sum, m) => sum + m.renderedLength, 0);
      if (!cdn || cdn.imports.length !== 1 || own || !code.includes(`"${PLACEHOLDER}"`)) {
        throw new Error('careers-bootstrap-imports: expected the bootstrap to import ./cdn.js, which only re-exports one chunk');
      }
      // Only the rest of that line moves, which has no code to map.
      return { code: code.replace(`"${PLACEHOLDER}"`, JSON.stringify(`./${cdn.imports[0]!}`)), map: null };
    },
  };
};

/**
 * Lit templates (`html`, `css`) keep their source's line breaks and
 * indentation: the minifier leaves template text alone. Outside `<pre>` (the
 * widget has none) a run of white space with a line break in it renders as
 * one space, so the CDN build writes one space (about 0.25 KB gzip on the
 * first-card path). The source map is exact, one mapping per character.
 */
const collapseTemplateWhitespace = (): Plugin => ({
  name: 'careers-collapse-template-whitespace',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id) || !/\b(?:html|css)`/.test(code)) return null;
    const runs: [number, number][] = [];
    walk(this.parse(code), (n) => {
      const tag = n['tag'] as AstNode | undefined;
      if (n.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && ['html', 'css'].includes(tag['name'] as string)) {
        for (const quasi of (n['quasi'] as AstNode)['quasis'] as AstNode[]) {
          for (const run of code.slice(quasi.start, quasi.end).matchAll(/\s*\n\s*/g)) {
            runs.push([quasi.start + run.index, quasi.start + run.index + run[0].length]);
          }
        }
      }
    });
    if (runs.length === 0) return null;
    runs.sort((a, b) => a[0] - b[0]);
    // The output, and for each of its characters the offset in `code` it comes from.
    let out = '';
    const from: number[] = [];
    let at = 0;
    for (const [start, end] of [...runs, [code.length, code.length] as [number, number]]) {
      out += code.slice(at, start);
      for (let i = at; i < start; i++) from.push(i);
      if (end > start) {
        out += ' ';
        from.push(start);
      }
      at = end;
    }
    // One segment per output character: [column, source 0, line, column in the source].
    const mappings: [number, number, number, number][][] = [[]];
    let [column, lineStart, line] = [0, 0, 0];
    for (let i = 0; i < out.length; i++) {
      if (out[i] === '\n') {
        mappings.push([]);
        column = 0;
        continue;
      }
      const offset = from[i]!;
      // Offsets only grow: move the source line forward to the one holding `offset`.
      for (let next = code.indexOf('\n', lineStart); next !== -1 && next < offset; next = code.indexOf('\n', lineStart)) {
        lineStart = next + 1;
        line++;
      }
      mappings.at(-1)!.push([column++, 0, line, offset - lineStart]);
    }
    return { code: out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings: encode(mappings) } };
  },
});

/**
 * Lazy parts: the feed pipeline, adapters and saved copies, the detail view,
 * deep links, translations, wording overrides, what theme, layout and
 * group-by add. `feed/load.ts` (the request,
 * its timeout, the body's decoding) is not among them: the element sends the
 * feed request as it updates first, while the pipeline chunk arrives.
 */
const LAZY =
  /\/src\/(?:feed\/(?:pipeline|sources|parse|schema|retry|merge|cache|console-report|issues|json-schema|slices|adapters\/)|model\/(?:normalize|text|group|campaign)|detail\/|components\/careers-posting\/|components\/careers-widget\/(?:detail-controller|detail-messages|detail\.styles|url-sync|debug|appearance)|generated\/(?:locales\/|messages|theme|geo-data)|i18n\/(?:overrides|wording-schema))/;

/**
 * The entries' own modules stay in their files: the bootstrap and what it
 * shows when the rest cannot load (`dist/careers-widget.js`), the module of
 * `careers-widget/cdn` (`dist/cdn.js`). What defines the element is core.
 */
const ENTRY = /\/src\/(?:cdn-bootstrap|unavailable|cdn)\.ts$/;

/** What the list view needs before its first card: our code and Lit, minus the lazy parts. */
const isCore = (id: string): boolean =>
  (/\/src\//.test(id) || /\/node_modules\/(?:lit|lit-html|lit-element|@lit\/[\w-]+)\//.test(id)) &&
  !LAZY.test(id) &&
  !ENTRY.test(id);

/**
 * Two jobs: the dev server for the demo (`vite`), and the self-contained CDN
 * build (`vite build`): `dist/careers-widget.js` with Lit bundled in
 * production mode, locale and adapter modules as lazy chunks beside it that
 * the browser resolves relative to the script's own URL.
 */
export default defineConfig({
  plugins: [demoIndex(), stripMessageNotes(), minifyStyles(), collapseTemplateWhitespace(), bootstrapImports(), dropPureNotes()],
  resolve: {
    // The widget looks strings up itself (src/i18n/localize.ts); the locale
    // modules that `lit-localize build` writes import only `str` from
    // @lit/localize, which that module has too. So no @lit/localize code ships.
    alias: [{ find: /^@lit\/localize$/, replacement: fileURLToPath(new URL('./src/i18n/localize.ts', import.meta.url)) }],
  },
  server: { port: 5173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph `npm run size` walks. Left
    // out of the npm package ("!dist/.vite" in package.json `files`).
    manifest: true,
    minify: true,
    lib: {
      // The bootstrap for <script type="module">, and the module that exports the classes (careers-widget/cdn).
      entry: { 'careers-widget': 'src/cdn-bootstrap.ts', cdn: 'src/cdn.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Needed by the adapt group's includeDependenciesRecursively: false; the entries keep their exports.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Left alone, the bundler splits every module that the entry shares
        // with a lazy chunk (Lit, the card renderer, the options) into its own
        // small chunk: a dozen files before the first card, each with its own
        // import/export glue and gzip header. What the list view always needs
        // goes into one chunk instead; the lazy chunks import from it.
        codeSplitting: {
          groups: [
            { name: 'careers-core', test: (id: string) => isCore(id) },
            // Every ATS path loads format detection and the adapters' shared helpers: one chunk, not two
            // (each chunk costs its glue and gzip frame), and the places dataset's resolver imports from it.
            // Their own imports (in the core and pipeline chunks) stay where they are.
            { name: 'adapt', test: /\/src\/feed\/adapters\/(?:adapt|detect|registry|common|country|place-key)\.ts$/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
