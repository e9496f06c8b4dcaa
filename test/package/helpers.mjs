/**
 * Shared helpers of the package tests: they read what `npm run build` wrote
 * (dist/, custom-elements.json) and what `npm pack` would publish.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

for (const built of ['dist/lib/index.js', 'dist/careers-widget.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run "npm run build" before the package tests`);
}

export const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The files `npm pack` would put in the tarball (without running prepack: the build is already there). */
export function packedFiles() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out)[0].files.map((f) => f.path).sort();
}
