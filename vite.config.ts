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

/** Lazy parts: the feed pipeline and adapters, the detail view, deep links, translations. */
const LAZY =
  /\/src\/(?:feed\/(?:pipeline|sources|parse|schema|load|retry|merge|issues|json-schema|adapters\/)|model\/(?:normalize|text)|detail\/|components\/careers-posting\/|components\/careers-widget\/(?:detail-controller|detail-messages|url-sync)|generated\/locales\/)/;

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
  plugins: [demoIndex()],
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
