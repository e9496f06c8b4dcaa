import { fileURLToPath } from 'node:url';
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
    type Node = { type: string; start: number; end: number; [key: string]: unknown };
    const removals: [number, number][] = [];
    const stack: unknown[] = [this.parse(code)];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...node);
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const n = node as Node;
      const callee = n['callee'] as Node | undefined;
      const options = (n['arguments'] as Node[] | undefined)?.[1];
      if (n.type === 'CallExpression' && callee?.type === 'Identifier' && callee['name'] === 'msg' && options?.type === 'ObjectExpression') {
        for (const property of options['properties'] as Node[]) {
          const key = property['key'] as Node | undefined;
          if (key?.type === 'Identifier' && key['name'] === 'desc') {
            const after = /^\s*,/.exec(code.slice(property.end));
            removals.push([property.start, property.end + (after ? after[0].length : 0)]);
          }
        }
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') stack.push(value);
    }
    if (removals.length === 0) return null;
    // Blank the notes out rather than cut them, so every line and column (and the source map) stays where it was.
    let out = code;
    for (const [start, end] of removals) out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
    return { code: out, map: null };
  },
});

/** Base64 VLQ, the number encoding of source map `mappings`. */
const vlq = (value: number): string => {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    const digit = rest & 31;
    rest >>>= 5;
    out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[rest > 0 ? digit | 32 : digit];
  } while (rest > 0);
  return out;
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
    type Node = { type: string; start: number; end: number; [key: string]: unknown };
    const runs: [number, number][] = [];
    const stack: unknown[] = [this.parse(code)];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...node);
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const n = node as Node;
      const tag = n['tag'] as Node | undefined;
      if (n.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && ['html', 'css'].includes(tag['name'] as string)) {
        for (const quasi of (n['quasi'] as Node)['quasis'] as Node[]) {
          for (const run of code.slice(quasi.start, quasi.end).matchAll(/\s*\n\s*/g)) {
            runs.push([quasi.start + run.index, quasi.start + run.index + run[0].length]);
          }
        }
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') stack.push(value);
    }
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
    const lines: string[] = [];
    let segments: string[] = [];
    let [column, sourceLine, sourceColumn, lineStart, line, previousColumn] = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < out.length; i++) {
      if (out[i] === '\n') {
        lines.push(segments.join(','));
        segments = [];
        column = previousColumn = 0;
        continue;
      }
      const offset = from[i]!;
      // Offsets only grow: move the source line forward to the one holding `offset`.
      for (let next = code.indexOf('\n', lineStart); next !== -1 && next < offset; next = code.indexOf('\n', lineStart)) {
        lineStart = next + 1;
        line++;
      }
      segments.push(vlq(column - previousColumn) + 'A' + vlq(line - sourceLine) + vlq(offset - lineStart - sourceColumn));
      previousColumn = column++;
      sourceLine = line;
      sourceColumn = offset - lineStart;
    }
    lines.push(segments.join(','));
    return { code: out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings: lines.join(';') } };
  },
});

/** Lazy parts: the feed pipeline, adapters and saved copies, the detail view, deep links, translations, wording overrides. */
const LAZY =
  /\/src\/(?:feed\/(?:pipeline|sources|parse|schema|load|retry|merge|cache|issues|json-schema|adapters\/)|model\/(?:normalize|text)|detail\/|components\/careers-posting\/|components\/careers-widget\/(?:detail-controller|detail-messages|url-sync|debug)|generated\/(?:locales\/|messages)|i18n\/(?:overrides|wording-schema))/;

/** The entry's own modules stay in the entry file (which then has code, and a source map). */
const ENTRY = /\/src\/(?:cdn|define)\.ts$/;

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
  plugins: [demoIndex(), stripMessageNotes(), collapseTemplateWhitespace()],
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
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'careers-widget.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        // Left alone, the bundler splits every module that the entry shares
        // with a lazy chunk (Lit, the card renderer, the options) into its own
        // small chunk: a dozen files before the first card, each with its own
        // import/export glue and gzip header. What the list view always needs
        // goes into one chunk instead; the lazy chunks import from it.
        codeSplitting: {
          groups: [{ name: 'careers-core', test: (id: string) => isCore(id) }],
        },
      },
    },
  },
});
