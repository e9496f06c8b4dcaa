/**
 * The README's message table and src/generated/messages.ts are written from
 * the msg() calls in src/ (scripts/messages-table.mjs): both must be up to
 * date, and the check must notice when they are not. The script's analysis
 * of the program is slow (a TypeScript program), so it runs once, in this
 * process.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('messages table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'messages-table-'));
  const cwd = process.cwd();
  const errors = [];
  const error = console.error;
  let main;
  before(async () => {
    process.chdir(ROOT); // the script reads lit-localize.json and README.md from the project
    console.error = (...args) => errors.push(args.join(' '));
    ({ main } = await import('../../scripts/messages-table.mjs'));
  });
  after(() => {
    console.error = error;
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('README.md and src/generated/messages.ts are up to date with the msg() calls (npm run messages writes them)', () => {
    assert.equal(main(['--check']), 0, errors.join('\n'));
  });

  it('lists every message id with its English text and placeholders', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, /\| `count\.in-country\.other` \| \{country\}: \{count\} jobs \| `\{country\}`, `\{count\}` \|/);
    assert.match(readme, /\| `list\.label` \| Jobs \| – \|/);
    const module = readFileSync(join(ROOT, 'src/generated/messages.ts'), 'utf8');
    assert.match(module, /\["error\.http", \["status"\]\]/);
  });

  it('fails, naming the file, when the README table is out of date; writing it fixes that', () => {
    const stale = join(dir, 'README.md');
    writeFileSync(stale, readFileSync(join(ROOT, 'README.md'), 'utf8').replace('| `list.label` | Jobs |', '| `list.label` | Positions |'));
    errors.length = 0;
    assert.equal(main(['--check', '--readme', stale]), 1);
    assert.deepEqual(errors, [`messages-table: ${stale} is out of date; run "npm run messages".`]);
    assert.equal(main(['--readme', stale]), 0);
    assert.equal(main(['--check', '--readme', stale]), 0);
    assert.match(readFileSync(stale, 'utf8'), /\| `list\.label` \| Jobs \|/);
  });

  it('fails when the README has no markers', () => {
    const bare = join(dir, 'bare.md');
    writeFileSync(bare, '# nothing here\n');
    errors.length = 0;
    assert.equal(main(['--check', '--readme', bare]), 1);
    assert.match(errors[0], /has no "<!-- messages:start -->"/);
  });
});
