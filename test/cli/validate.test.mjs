/** careers-feed validate, run as the real binary. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { fixture, posting, run, serve, tempDir } from './helpers.mjs';

const GOOD = {
  version: 1,
  organization: { name: 'Acme', url: 'https://acme.example' },
  postings: [
    posting('a'),
    posting('a-fr', { language: 'fr', translationOf: 'a', locations: [{ city: 'Lyon', country: 'fr' }] }),
    posting('b', { locations: [], workplace: 'remote', remoteCountries: ['PT', 'ES'] }),
  ],
};

const BAD_ROWS = {
  version: 1,
  postings: [
    posting('ok-1'),
    posting('bad-country', { locations: [{ city: 'Berlin', country: 'Germany' }] }),
    posting('ok-2', { language: 'de' }),
    posting('bad-url', { url: 'javascript:alert(1)' }),
    { title: 'No id at all', language: 'en', url: 'https://jobs.example/x', locations: [], datePosted: '2026-10-01' },
    posting('ok-1'),
  ],
};

describe('validate', () => {
  let tmp;
  let good;
  let badRows;
  before(() => {
    tmp = tempDir();
    good = tmp.write('good.json', GOOD);
    badRows = tmp.write('bad-rows.json', BAD_ROWS);
  });
  after(() => tmp.cleanup());

  it('a good feed: summary, countries, languages, "valid", exit 0', async () => {
    const { code, stdout, stderr } = await run(['validate', good]);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      ['3 postings, 0 skipped', 'countries (4): DE, ES, FR, PT', 'languages (2): en, fr', 'valid', ''].join('\n'),
    );
  });

  it('names postings whose closing date has passed at --now, else at CAREERS_NOW', async () => {
    const closing = tmp.write('closing.json', {
      version: 1,
      postings: [posting('open'), posting('closes', { validThrough: '2030-06-30' })],
    });
    const line = '1 posting closed before 2030-07-01T00:00:00.000Z (validThrough passed; the widget hides them): "closes"';
    const lines = async (args, options) => (await run(['validate', ...args, closing], options)).stdout.trim().split('\n');
    assert.ok((await lines(['--now', '2030-07-01T00:00:00Z'])).includes(line));
    assert.ok((await lines([], { env: { CAREERS_NOW: '2030-07-01T00:00:00Z' } })).includes(line));
    assert.ok(!(await lines(['--now', '2030-06-30T22:00:00Z'])).some((l) => l.includes('closed before')));
    // The last day counts whole (local time): not closed on its own day.
    assert.ok(!(await lines([], { env: { CAREERS_NOW: '2030-06-30' } })).some((l) => l.includes('closed before')));
  });

  it('an invalid --now or CAREERS_NOW is a usage error (exit 2)', async () => {
    const bad = await run(['validate', '--now', 'yesterday', good]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /invalid --now "yesterday"/);
    const badEnv = await run(['convert', good], { env: { CAREERS_NOW: '31/12/2030' } });
    assert.equal(badEnv.code, 2);
    assert.match(badEnv.stderr, /invalid CAREERS_NOW "31\/12\/2030"/);
  });

  it('a feed with bad rows: every problem with its path and reason, exit 0 with warnings', async () => {
    const { code, stdout } = await run(['validate', badRows]);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    // A bad country is left out of its location; the posting stays.
    assert.ok(
      lines.includes(
        'warning: postings[1].locations[0].country dropped: must be an ISO 3166-1 alpha-2 country code; is not a known ISO 3166-1 alpha-2 country code (id "bad-country")',
      ),
      stdout,
    );
    assert.ok(lines.includes('postings[3].url: must be an http(s) URL (id "bad-url")'), stdout);
    assert.ok(lines.includes('postings[3].url: needs a url, a description or sections (id "bad-url")'), stdout);
    assert.ok(lines.some((l) => /^postings\[4\]\.id: /.test(l)), stdout);
    assert.ok(lines.includes('postings[5].id: duplicate id "ok-1" (id "ok-1")'), stdout);
    assert.ok(lines.includes('3 postings, 3 skipped: #3 "bad-url", #4, #5 "ok-1"'), stdout);
    assert.ok(lines.includes('countries (1): DE'));
    assert.ok(lines.includes('languages (2): de, en'));
    assert.equal(lines.at(-1), 'valid, with 3 skipped row(s) and 1 dropped field(s) (warnings; --strict makes them fail)');
  });

  it('--strict: skipped rows and dropped fields fail, exit 1', async () => {
    const { code, stdout } = await run(['validate', '--strict', badRows]);
    assert.equal(code, 1);
    assert.match(stdout, /invalid: 3 row\(s\) skipped and 1 field\(s\) dropped \(--strict\)\n$/);
    assert.equal((await run(['validate', '--strict', good])).code, 0);
  });

  it('bad optional values: a warning with the JSON path of each, the postings kept, exit 0; --strict exit 1', async () => {
    const file = tmp.write('lenient.json', {
      version: 1,
      organization: { name: 'Acme', logo: '/logo.svg' },
      postings: [
        posting('a', { summary: null, salary: { currency: 'EURO', min: 1 }, employmentType: 'permanent' }),
        posting('b', { locations: [{ city: 'Berlin', country: 'DE' }, { city: 'Atlantis', country: 'XX' }] }),
      ],
    });
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        'warning: organization.logo dropped: must be an http(s) URL',
        'warning: postings[0].employmentType dropped: must be one of "full-time", "part-time", "contract", "temporary", "internship", "volunteer", "other" (id "a")',
        'warning: postings[0].summary dropped: expected string (id "a")',
        'warning: postings[0].salary dropped: currency: must be an ISO 4217 currency code (id "a")',
        'warning: postings[1].locations[1].country dropped: is not a known ISO 3166-1 alpha-2 country code (id "b")',
        '2 postings, 0 skipped',
        'countries (1): DE',
        'languages (1): en',
        'valid, with 5 dropped field(s) (warnings; --strict makes them fail)',
        '',
      ].join('\n'),
    );
    const strict = await run(['validate', '--strict', file]);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /\ninvalid: 5 field\(s\) dropped \(--strict\)\n$/);
  });

  it('every row invalid: unusable, exit 1', async () => {
    const file = tmp.write('all-bad.json', { version: 1, postings: [{ id: 'x' }, posting('y', { language: 'English' })] });
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /^postings\[0\]\.title: /m);
    assert.match(stdout, /^postings\[1\]\.language: .* \(id "y"\)$/m);
    assert.match(stdout, /^0 postings, 2 skipped: #0 "x", #1 "y"$/m);
    assert.match(stdout, /invalid: no valid posting \(all 2 rows skipped\)\n$/);
  });

  it('datePosted is optional: a bad one is a dropped field (a warning), a missing one is named, not a warning', async () => {
    const file = tmp.write('dates.json', { version: 1, postings: [posting('y', { datePosted: 'yesterday' }), posting('z', { datePosted: undefined })] });
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning: postings\[0\]\.datePosted dropped: must be a date \(YYYY-MM-DD\) or an ISO 8601 date-time \(id "y"\)$/m);
    assert.match(stdout, /^2 postings, 0 skipped$/m);
    assert.match(stdout, /^2 postings without a date: "y", "z" \(the widget shows none for them and lists them last under "newest first"\)$/m);
    assert.match(stdout, /^valid, with 1 dropped field/m);
    const strict = await run(['validate', '--strict', file]);
    assert.equal(strict.code, 1);
    const undated = tmp.write('undated.json', { version: 1, postings: [posting('z', { datePosted: undefined })] });
    const ok = await run(['validate', '--strict', undated]);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /^1 posting without a date: "z"/m);
  });

  it('an empty feed is valid', async () => {
    const file = tmp.write('empty.json', { version: 1, postings: [] });
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 0);
    assert.match(stdout, /^0 postings, 0 skipped\n/);
  });

  it('an invalid envelope: each problem with its path, exit 1', async () => {
    const file = tmp.write('envelope.json', { version: 2, organization: { name: '' }, postings: {} });
    const { code, stdout } = await run(['validate', file]);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith('version: ')), stdout);
    assert.ok(lines.some((l) => l.startsWith('postings: ')), stdout);
    // A bad organization alone never makes a feed unusable: not an envelope problem.
    assert.ok(!lines.some((l) => l.startsWith('organization')), stdout);
    assert.equal(lines.at(-1), `invalid: ${file} is not a careers feed v1`);
  });

  it('an ATS feed: a hint, and --format validates the converted feed', async () => {
    const plain = await run(['validate', fixture('workable.json')]);
    assert.equal(plain.code, 1);
    assert.ok(plain.stdout.includes(`hint: this looks like a workable feed; try "careers-feed validate --format workable ${fixture('workable.json')}"`));
    const converted = await run(['validate', '--format', 'workable', '--language', 'en', fixture('workable.json')]);
    assert.equal(converted.code, 0);
    assert.match(converted.stdout, /^read .*workable\.json as workable$/m);
    // The Finance Intern has no date: kept, undated, and named as such.
    assert.match(converted.stdout, /^6 postings, 0 skipped$/m);
    assert.match(converted.stdout, /^1 posting without a date: "B6C7D8E9F0"/m);
    // Its city-only "Rotterdam" is placed in NL by the places dataset, so --strict-locations has nothing to refuse.
    assert.match(converted.stdout, /^countries \(6\): DE, ES, IE, IT, NL, PT$/m);
    assert.doesNotMatch(converted.stdout, /without a country/);
    assert.match(converted.stdout, /^valid\n?$/m);
    const strict = await run(['validate', '--format', 'workable', '--language', 'en', '--strict-locations', fixture('workable.json')]);
    assert.equal(strict.code, 0, strict.stdout);
    const lever = JSON.stringify([{ id: 'p1', text: 'Role', hostedUrl: 'https://jobs.example/p1', createdAt: 1786440600000, categories: { location: 'Cambridge' } }]);
    const unsure = await run(['validate', '--format', 'lever', '--language', 'en', '--strict-locations', '-'], { input: lever });
    assert.equal(unsure.code, 1);
    assert.match(unsure.stdout, /^1 location without a country: "Cambridge" \(posting "p1"\)$/m);
    assert.match(unsure.stdout, /^invalid: 1 location\(s\) without a country \(--strict-locations\)$/m);
  });

  it('a file that is not JSON: one line, exit 1', async () => {
    const notJson = fileURLToPath(new URL('../fixtures/not-json.txt', import.meta.url));
    const { code, stdout, stderr } = await run(['validate', notJson]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `careers-feed: ${notJson} is an HTML page, not a feed\n`);
    const truncated = tmp.write('truncated.json', JSON.stringify(GOOD).slice(0, 80));
    const result = await run(['validate', truncated]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /truncated\.json is not valid JSON: /);
  });

  it('a missing file: exit 3; no argument or two: exit 2', async () => {
    const missing = await run(['validate', tmp.path('missing.json')]);
    assert.equal(missing.code, 3);
    assert.equal(missing.stderr, `careers-feed: cannot read ${tmp.path('missing.json')}: no such file\n`);
    assert.equal((await run(['validate'])).code, 2);
    const two = await run(['validate', good, badRows]);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /validate needs exactly one file or URL, got 2/);
  });

  it('reads stdin with "-"', async () => {
    const { code, stdout } = await run(['validate', '-'], { input: readFileSync(good, 'utf8') });
    assert.equal(code, 0);
    assert.match(stdout, /^3 postings, 0 skipped$/m);
  });
});

describe('validate: URLs', () => {
  let server;
  before(async () => {
    server = await serve({
      '/feed.json': { body: JSON.stringify(GOOD) },
      '/bad-rows.json': { body: JSON.stringify(BAD_ROWS), type: 'application/json; charset=utf-8' },
      '/error': { status: 500, body: 'oops' },
    });
  });
  after(() => server.close());

  it('200: validates the body', async () => {
    const { code, stdout } = await run(['validate', server.url('/feed.json')]);
    assert.equal(code, 0);
    assert.match(stdout, /^3 postings, 0 skipped$/m);
    const rows = await run(['validate', server.url('/bad-rows.json')]);
    assert.equal(rows.code, 0);
    assert.match(rows.stdout, /^3 postings, 3 skipped: /m);
  });

  it('404 and 500: the status in one line, exit 3', async () => {
    for (const [path, status] of [['/nope.json', 404], ['/error', 500]]) {
      const url = server.url(path);
      const { code, stdout, stderr } = await run(['validate', url]);
      assert.equal(code, 3);
      assert.equal(stdout, '');
      assert.equal(stderr, `careers-feed: ${url} answered HTTP ${status}\n`);
    }
  });
});
