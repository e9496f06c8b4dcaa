/**
 * The token table in README.md and the styles that read the tokens
 * (src/generated/tokens.styles.ts, theme.styles.ts) are written from
 * src/components/tokens.ts by scripts/tokens.mjs: they must be up to date,
 * and the check must notice when they are not.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readTokens, readmeTable, stylesModule } from '../../scripts/tokens.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => spawnSync(process.execPath, ['scripts/tokens.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('tokens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('README.md and the generated styles are up to date (npm run tokens writes them)', () => {
    const { status, stderr } = run('--check');
    assert.equal(status, 0, stderr);
  });

  it('fails, naming the file, when the table is out of date; writing it fixes that', () => {
    const stale = join(dir, 'README.md');
    writeFileSync(stale, readFileSync(join(ROOT, 'README.md'), 'utf8').replace('| `--careers-color-text` | `currentColor`', '| `--careers-color-text` | `black`'));
    const checked = run('--check', '--readme', stale);
    assert.equal(checked.status, 1);
    assert.match(checked.stderr, /out of date: .*README\.md/);
    assert.equal(run('--readme', stale).status, 0);
    assert.equal(run('--check', '--readme', stale).status, 0);
  });

  it('every colour token reads the page value, then the theme, then the inherit default; themes as light-dark()', async () => {
    const tokens = await readTokens();
    const { tokens: shared, theme } = stylesModule(tokens);
    for (const t of tokens.COLOR_TOKENS) {
      assert.ok(shared.includes(`--_${t.name}: var(--careers-color-${t.name}, var(--_t-${t.name}, ${t.inherit}));`), t.name);
      assert.ok(theme.includes(`--_t-${t.name}: light-dark(${t.light}, ${t.dark});`), t.name);
      assert.ok(readmeTable(tokens).includes(`\`--careers-color-${t.name}\``), t.name);
    }
    assert.match(theme, /:host\(\[theme='auto'\]\) \{\s+color-scheme: light dark;/);
  });
});
