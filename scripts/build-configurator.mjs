/**
 * Builds demo/configurator.html (and the widget from src/, as the dev server
 * would serve it) into a folder with Vite, for the Node tests and the
 * screenshot script, which serve it as static files: no dev server, no
 * dependency pre-bundling that could reload the page mid-test.
 *
 *   import { buildConfigurator } from './build-configurator.mjs';
 *   const files = await buildConfigurator(outDir); // URL path → absolute file
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Every file under `dir`, by its URL path relative to `dir`. */
function listFiles(dir, base = dir, out = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, base, out);
    else out[`/${relative(base, path).split(sep).join('/')}`] = path;
  }
  return out;
}

export async function buildConfigurator(outDir) {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    publicDir: false,
    // As in vite.config.ts: the widget's own msg/str instead of @lit/localize's runtime.
    resolve: { alias: [{ find: /^@lit\/localize$/, replacement: join(ROOT, 'src/i18n/localize.ts') }] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: { input: join(ROOT, 'demo/configurator.html') },
    },
  });
  return listFiles(outDir);
}
