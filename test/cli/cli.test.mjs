/** careers-feed: help, version, usage errors and the schema command. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, run, runJson, tempDir } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('careers-feed (no command)', () => {
  it('--help lists the commands and the exit codes, exit 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: careers-feed <command>/);
    for (const command of ['convert', 'validate', 'schema']) assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
    for (const exit of ['0  success', '1  invalid feed', '2  usage error', '3  I/O error']) assert.ok(stdout.includes(exit), exit);
  });

  it('-h is --help', async () => {
    assert.equal((await run(['-h'])).stdout, (await run(['--help'])).stdout);
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await run(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout, `${pkg.version}\n`);
  });

  it('no command: the help on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^Usage: careers-feed/);
  });

  it('an unknown command: one line naming the commands, exit 2', async () => {
    const { code, stderr } = await run(['covnert']);
    assert.equal(code, 2);
    assert.equal(stderr, 'careers-feed: unknown command "covnert"; commands: convert, validate, schema (see "careers-feed --help")\n');
  });

  it('an unknown option: one line, exit 2', async () => {
    for (const args of [['--frobnicate'], ['convert', '--frobnicate'], ['validate', '-x', 'feed.json'], ['schema', '--nope']]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^careers-feed: .*(unknown option|Unknown option).*\n$/, args.join(' '));
      assert.equal(stderr.trim().split('\n').length, 1);
    }
  });

  it('an option without its value: exit 2', async () => {
    const { code, stderr } = await run(['convert', '--format']);
    assert.equal(code, 2);
    assert.match(stderr, /--format/);
  });
});

describe('careers-feed <command> --help', () => {
  const cases = {
    convert: ['--format <fmt>', '--url <url>', '--file <path>', '--language <tag>', '--out <file>', '--strict', '<id>~<n>'],
    validate: ['<file|url>', '--strict', '--format <fmt>', 'path: reason'],
    schema: ['JSON Schema', '--out <file>'],
  };
  for (const [command, needles] of Object.entries(cases)) {
    it(`${command} --help: its usage, options and exit codes`, async () => {
      const { code, stdout } = await run([command, '--help']);
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`^Usage: careers-feed ${command}`));
      for (const needle of needles) assert.ok(stdout.includes(needle), `${command} --help mentions ${needle}`);
      assert.ok(stdout.includes('Exit codes:'));
    });
  }

  it('convert --help lists every format', async () => {
    const { stdout } = await run(['convert', '-h']);
    assert.ok(stdout.includes('auto, careers, greenhouse, lever, ashby, workable, recruitee, smartrecruiters, personio, jsonld, breezy, bamboohr'));
  });
});

describe('careers-feed schema', () => {
  it('prints a JSON Schema generated from the zod schema', async () => {
    const { code, json, stderr } = await runJson(['schema']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal(json.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(json.$id, /^https:\/\/.+\/feed\.schema\.json$/);
    assert.equal(json.title, 'Careers feed v1');
    assert.deepEqual(json.required, ['version', 'postings']);
    assert.equal(json.properties.version.const, 1);
    const item = json.properties.postings.items;
    // url is optional: a posting may stand on its description or sections instead.
    // datePosted is optional: some sources (BambooHR's list) have no date; it is still described.
    assert.deepEqual(item.required, ['id', 'title', 'language', 'locations']);
    assert.match(item.properties.datePosted.description, /Optional/);
    assert.deepEqual(item.properties.workplace.enum, ['onsite', 'hybrid', 'remote']);
    assert.ok(item.properties.employmentType.enum.includes('full-time'));
    assert.deepEqual(item.properties.salary.properties.period.enum, ['hour', 'day', 'week', 'month', 'year']);
    const country = new RegExp(item.properties.locations.items.properties.country.pattern);
    assert.ok(country.test('DE') && !country.test('Germany'));
    const url = new RegExp(item.properties.url.pattern);
    assert.ok(url.test('https://x.example/a') && !url.test('javascript:alert(1)'));
    const language = new RegExp(item.properties.language.pattern);
    assert.ok(language.test('fr-CA') && !language.test('French!'));
    assert.ok(item.properties.datePosted.anyOf.length >= 2);
    assert.equal(typeof item.properties.id.description, 'string');
  });

  it('--out writes the same schema to a file', async () => {
    const tmp = tempDir();
    try {
      const [printed, written] = await Promise.all([run(['schema']), run(['schema', '--out', tmp.path('s.json')])]);
      assert.equal(written.code, 0);
      assert.equal(written.stdout, '');
      assert.equal(tmp.read('s.json'), printed.stdout);
    } finally {
      tmp.cleanup();
    }
  });

  it('an unwritable --out is an I/O error, exit 3', async () => {
    const { code, stderr } = await run(['schema', '--out', join(ROOT, 'no-such-dir', 'x', 's.json')]);
    assert.equal(code, 3);
    assert.match(stderr, /^careers-feed: cannot write .*s\.json: ENOENT\n$/);
  });
});
