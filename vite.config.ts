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
      },
    },
  },
});
