/** careers-feed convert, run as the real binary. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fixture, found, posting, run, runJson, serve, tempDir } from './helpers.mjs';

/**
 * What each fixture converts to (with --language en where the source says
 * no language): valid posting ids in order, how many rows are skipped, the
 * countries (locations and remote countries) and languages found.
 */
const FIXTURES = {
  'greenhouse.json': {
    format: 'greenhouse',
    ids: ['4801234005', '4801234006', '4801239001', '4801239002', '4801239003', '4801239004', '4801239005'],
    skipped: 0,
    countries: ['CA', 'DE', 'GB', 'US'],
    languages: ['de', 'en', 'fr'],
  },
  'lever.json': {
    format: 'lever',
    ids: [
      '5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60',
      '8a0d4c2e-11b3-4f5a-8c6d-7e8f9a0b1c2d',
      'c3e5a7b9-2d4f-4a6b-9c8d-0e1f2a3b4c5d',
      'd4f6b8c0-3e5a-4b7c-8d9e-1f2a3b4c5d6e',
      'e5a7c9d1-4f6b-4c8d-9e0f-2a3b4c5d6e7f',
    ],
    skipped: 1,
    countries: ['CA', 'DE', 'FR', 'GB', 'IE', 'US'], // Dublin: the places dataset
    languages: ['en'],
  },
  'ashby.json': {
    format: 'ashby',
    ids: [
      'b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c',
      '7c9d1e3f-5a7b-4c9d-8e0f-1a2b3c4d5e6f',
      '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      '3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f',
      '4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80',
      '5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091',
    ],
    // "last tuesday" is no date: the Recruiter is kept, undated, the date reported as dropped.
    undated: ['5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091'],
    skipped: 0,
    countries: ['CA', 'DE', 'ES', 'IE', 'NL', 'PT', 'US'], // Berlin: the places dataset
    languages: ['en'],
  },
  'workable.json': {
    format: 'workable',
    ids: ['A1B2C3D4E5', 'F6G7H8J9K0', 'L1M2N3P4Q5', 'R6S7T8U9V0', 'W1X2Y3Z4A5', 'B6C7D8E9F0'],
    undated: ['B6C7D8E9F0'],
    skipped: 0,
    countries: ['DE', 'ES', 'IE', 'IT', 'NL', 'PT'], // Rotterdam: the places dataset
    languages: ['en'],
  },
  'recruitee.json': {
    format: 'recruitee',
    ids: ['1204511-en', '1204511-de', '1204620-de', '1204733-fr', '1204733-en', '1204800', '1204850-en', '1204900-es'],
    skipped: 1,
    countries: ['DE', 'ES', 'FR', 'NL', 'US'], // Springfield: the places dataset
    languages: ['de', 'en', 'es', 'fr'],
  },
  'smartrecruiters.json': {
    format: 'smartrecruiters',
    ids: ['744000098765401', '744000098765402', '744000098765403', '744000098765404', '744000098765405', '744000098765406'],
    undated: ['744000098765406'],
    skipped: 1,
    countries: ['CA', 'DE', 'ES', 'PL'],
    languages: ['de', 'en', 'es', 'fr-CA'],
  },
  'jsonld.json': {
    format: 'jsonld',
    ids: ['NW-1001-en', 'NW-1001-fr', 'NW-1002', 'https://careers.northwind.example/de/jobs/lager'],
    skipped: 1,
    countries: ['CA', 'DE', 'ES', 'PT', 'US'],
    languages: ['en', 'en-US', 'fr'],
  },
  'jsonld-graph.json': {
    format: 'jsonld',
    ids: ['118', '119', '120'],
    skipped: 0,
    countries: ['NO', 'SE'],
    languages: ['en', 'nb', 'nb-NO'],
  },
  'jsonfeed.json': {
    format: 'jsonld',
    ids: ['fa-201', 'fa-202', 'fa-204', 'fa-205'],
    undated: ['fa-205'],
    skipped: 0,
    countries: ['DK', 'NO'],
    languages: ['da', 'en'],
  },
  'breezy.json': {
    format: 'breezy',
    ids: ['7c1e2a9b4d01', '7c1e2a9b4d02', '7c1e2a9b4d03', '7c1e2a9b4d04', '7c1e2a9b4d05', '7c1e2a9b4d06'],
    undated: ['7c1e2a9b4d06'],
    skipped: 2,
    countries: ['BE', 'DE', 'PT', 'US'], // Springfield: the places dataset
    languages: ['en'],
  },
  // Personio's XML has no links: --source-url names the board (and its language).
  'personio-de.xml': {
    format: 'personio',
    args: ['--source-url', 'https://northwind.jobs.personio.de/xml?language=de'],
    ids: ['1520001-de', '1520002-de', '1520003-de', '1520004-de', '1520005-de'],
    undated: ['1520005-de'],
    skipped: 0,
    countries: ['AT', 'CH', 'DE', 'ES'],
    languages: ['de'],
  },
  'personio-en.xml': {
    format: 'personio',
    args: ['--source-url', 'https://northwind.jobs.personio.de/xml?language=en'],
    ids: ['1520001-en', '1520002-en', '1520004-en'],
    skipped: 1,
    countries: ['AT', 'CH', 'DE', 'ES'],
    languages: ['en'],
  },
};

const countriesLine = (list) => `countries (${list.length}): ${list.join(', ')}`;
const languagesLine = (list) => `languages (${list.length}): ${list.join(', ')}`;

describe('convert: every fixture format', () => {
  for (const [file, expected] of Object.entries(FIXTURES)) {
    it(`${file} (auto → ${expected.format})`, async () => {
      const args = expected.args ?? [];
      const { code, json, stderr } = await runJson(['convert', '--language', 'en', ...args, '--file', fixture(file)]);
      assert.equal(code, 0, stderr);
      assert.equal(json.version, 1);
      assert.deepEqual(json.postings.map((p) => p.id), expected.ids);
      assert.deepEqual(found(json), { countries: expected.countries, languages: expected.languages });
      // Only valid rows are written.
      for (const p of json.postings) {
        // A link, or content the widget shows in its detail view.
        if (p.url === undefined) assert.ok(p.description || p.sections?.length, `${p.id} has content`);
        else assert.match(p.url, /^https?:\/\//);
        assert.equal(typeof p.title, 'string');
        // A date, or none at all (never a made-up one) for the rows whose source has no readable date.
        if (expected.undated?.includes(p.id)) assert.equal(p.datePosted, undefined);
        else assert.match(p.datePosted, /^\d{4}-\d{2}-\d{2}/);
      }
      const undatedIds = (expected.undated ?? []).map((id) => `"${id}"`).join(', ');
      if (undatedIds) assert.ok(stderr.includes(` without a date: ${undatedIds} (the widget shows none`), stderr);
      else assert.ok(!stderr.includes('without a date'), stderr);
      // The summary on stderr.
      assert.ok(stderr.includes(`read ${fixture(file)} (${expected.format})`), stderr);
      assert.ok(stderr.includes(`${expected.ids.length} postings, ${expected.skipped} skipped`), stderr);
      assert.ok(stderr.includes(countriesLine(expected.countries)), stderr);
      assert.ok(stderr.includes(languagesLine(expected.languages)), stderr);
    });

    it(`${file} with --format ${expected.format}: the same feed`, async () => {
      const args = expected.args ?? [];
      const auto = await runJson(['convert', '-l', 'en', ...args, fixture(file)]);
      const explicit = await runJson(['convert', '-f', expected.format, '-l', 'en', ...args, '-i', fixture(file)]);
      assert.equal(explicit.code, 0);
      assert.deepEqual(explicit.json, auto.json);
    });
  }
});

describe('convert: summary, options and merging', () => {
  let tmp;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('names every skipped row with its path and reason on stderr', async () => {
    const { code, stderr } = await run(['convert', '-l', 'en', '--file', fixture('lever.json')]);
    assert.equal(code, 0);
    assert.match(stderr, /5 postings, 1 skipped: #5 "f6b8d0e2-5a7c-4d9e-8f1a-3b4c5d6e7f80"\n/);
    assert.match(stderr, /^ {2}postings\[5\]\.title: .+ \(id "f6b8d0e2-5a7c-4d9e-8f1a-3b4c5d6e7f80"\)$/m);
  });

  it('an unreadable date is dropped with a warning, its posting kept and named as undated', async () => {
    const { code, stderr } = await run(['convert', '-l', 'en', '--file', fixture('ashby.json')]);
    assert.equal(code, 0);
    assert.match(stderr, /6 postings, 0 skipped\n/);
    assert.ok(
      stderr.includes('  warning: postings[5].datePosted dropped: must be a date (YYYY-MM-DD) or an ISO 8601 date-time (id "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091")\n'),
      stderr,
    );
    assert.ok(stderr.includes('1 posting without a date: "5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091" (the widget shows none for them'), stderr);
    // Its one city-only place ("Berlin") is placed by the places dataset: nothing to name.
    assert.doesNotMatch(stderr, /without a country/);
  });

  it('names the places without a country with their posting ids, each place once, ten at most', async () => {
    // Made-up places, and "Cambridge", which is in GB and in the US: the places dataset leaves them all.
    const cities = ['Lilliput', 'Cambridge', 'Narnia', 'Gotham', 'Metropolis', 'Avalon', 'Eldorado', 'Brigadoon', 'Utopia', 'Xanadu', 'Erewhon', 'Camelot'];
    // Lever: one posting per city, plus a second posting in Cambridge (counted twice, named once).
    const lever = [...cities, 'Cambridge'].map((city, i) => ({
      id: `p${i}`,
      text: `Role ${i}`,
      hostedUrl: `https://jobs.example/p${i}`,
      createdAt: 1786440600000,
      categories: { location: city },
    }));
    const { code, stderr } = await run(['convert', '--format', 'lever', '-l', 'en', '--file', '-'], { input: JSON.stringify(lever) });
    assert.equal(code, 0, stderr);
    const named = cities
      .slice(0, 10)
      .map((c, i) => `"${c}" (${c === 'Cambridge' ? 'postings "p1", "p12"' : `posting "p${i}"`})`)
      .join(', ');
    assert.ok(stderr.split('\n').includes(`13 locations without a country: ${named}, and 2 more`), stderr);
  });

  it('names the places of a native feed that have no country too, and never guesses one for them', async () => {
    const feed = {
      version: 1,
      postings: [
        { id: 'n1', title: 'Role', language: 'en', url: 'https://jobs.example/n1', datePosted: '2026-09-01', locations: [{ city: 'London' }, { city: 'Lyon', country: 'FR' }] },
      ],
    };
    const { code, stdout, stderr } = await run(['convert', '--file', '-'], { input: JSON.stringify(feed) });
    assert.equal(code, 0, stderr);
    assert.ok(stderr.split('\n').includes('1 location without a country: "London" (posting "n1")'), stderr);
    assert.deepEqual(JSON.parse(stdout).postings[0].locations, [{ city: 'London' }, { city: 'Lyon', country: 'FR' }]);
  });

  it('--strict-locations fails, writing nothing, when a location got no country', async () => {
    const lever = [{ id: 'p1', text: 'Role', hostedUrl: 'https://jobs.example/p1', createdAt: 1786440600000, categories: { location: 'Lilliput' } }];
    const args = ['convert', '--format', 'lever', '-l', 'en', '--file', '-'];
    const strict = await run([...args, '--strict-locations'], { input: JSON.stringify(lever) });
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, '');
    assert.match(strict.stderr, /1 location\(s\) without a country and --strict-locations is set; nothing written/);
    const placed = [{ ...lever[0], categories: { location: 'Lisbon, Portugal' } }];
    const ok = await run([...args, '--strict-locations'], { input: JSON.stringify(placed) });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).postings.length, 1);
  });

  it('keeps a posting without a link when it has content, and says so', async () => {
    const { code, json, stderr } = await runJson(['convert', '-l', 'en', '--file', fixture('greenhouse.json')]);
    assert.equal(code, 0);
    const internal = json.postings.find((p) => p.id === '4801239005');
    assert.deepEqual([internal.url, internal.description], [undefined, '<p>Internal only.</p>']);
    assert.match(stderr, /^hint: 1 posting\(s\) have no link \(url\); the widget shows them in its own detail view$/m);
  });

  it('without --language, rows whose source says none are skipped, with a hint', async () => {
    const { code, stdout, stderr } = await run(['convert', '--file', fixture('lever.json')]);
    assert.equal(code, 1, 'every Lever row lacks a language: nothing usable');
    assert.equal(stdout, '');
    assert.match(stderr, /^ {2}postings\[0\]\.language: /m);
    assert.match(stderr, /hint: 6 row\(s\) have no language in their source; give --language <tag>/);
    assert.match(stderr, /careers-feed: no valid posting: all 6 rows were skipped; nothing written\n$/);
  });

  it('--out writes the feed to a file, and stdout stays empty', async () => {
    const out = tmp.path('workable.json');
    const { code, stdout, stderr } = await run(['convert', '-l', 'en', '--file', fixture('workable.json'), '--out', out]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(feed.postings.length, 6);
    assert.deepEqual(feed.organization, { name: 'Lumenfield' });
  });

  it('--strict: a skipped row fails (exit 1) and nothing is written', async () => {
    const out = tmp.path('strict.json');
    const { code, stdout, stderr } = await run(['convert', '--strict', '-l', 'en', '-i', fixture('lever.json'), '-o', out]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /careers-feed: 1 row\(s\) skipped and --strict is set; nothing written\n$/);
    assert.throws(() => readFileSync(out), { code: 'ENOENT' });
  });

  it('--strict: an unreadable date, dropped, fails too; a date that is simply missing does not', async () => {
    const out = tmp.path('strict-date.json');
    const bad = await run(['convert', '--strict', '-l', 'en', '-i', fixture('ashby.json'), '-o', out]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /careers-feed: 1 field\(s\) dropped and --strict is set; nothing written\n$/);
    const undated = tmp.write('undated.json', { version: 1, postings: [posting('u', { datePosted: undefined })] });
    const ok = await run(['convert', '--strict', '-i', undated, '-o', out]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(ok.stderr.includes('1 posting without a date: "u"'), ok.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).postings[0].datePosted, undefined);
  });

  it('leaves bad optional values out of the output, each named as a warning with its path and source', async () => {
    const a = tmp.write('lenient-a.json', { version: 1, postings: [posting('x')] });
    const b = tmp.write('lenient-b.json', {
      version: 1,
      organization: { name: 'B', logo: 'logo.png' },
      postings: [posting('y', { salary: { currency: 'EUR', min: 9, max: 1 }, locations: [{ city: 'Lyon', country: 'France' }] })],
    });
    const { code, json, stderr } = await runJson(['convert', '--file', a, '--file', b]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(json.organization, { name: 'B' });
    assert.deepEqual(json.postings.map((p) => p.id), ['x', 'y']);
    assert.equal(json.postings[1].salary, undefined);
    assert.deepEqual(json.postings[1].locations, [{ city: 'Lyon' }]);
    assert.ok(stderr.includes('  warning: organization.logo dropped: must be an http(s) URL\n'), stderr);
    assert.ok(stderr.includes(`  warning: postings[1].salary dropped: min must not exceed max (id "y", from ${b} #0)\n`), stderr);
    assert.ok(stderr.includes('  warning: postings[1].locations[0].country dropped: '), stderr);
    const strict = await run(['convert', '--strict', '--file', a, '--file', b]);
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, '');
    assert.match(strict.stderr, /careers-feed: 3 field\(s\) dropped and --strict is set; nothing written\n$/);
  });

  it('merges several sources in order; a colliding id gets the source position', async () => {
    const a = tmp.write('a.json', { version: 1, organization: { name: 'A' }, postings: [posting('x'), posting('y')] });
    const b = tmp.write('b.json', {
      version: 1,
      organization: { name: 'B' },
      postings: [posting('x', { title: 'Other x', locations: [{ country: 'fr' }] }), posting('y'), posting('z')],
    });
    const { code, json, stderr } = await runJson(['convert', '--file', a, '--file', b]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(json.organization, { name: 'A' });
    assert.deepEqual(json.postings.map((p) => p.id), ['x', 'y', 'x~2', 'z']);
    assert.equal(json.postings[2].title, 'Other x');
    assert.ok(stderr.includes(`read ${a} (careers), ${b} (careers)`));
    assert.ok(stderr.includes('countries (2): DE, FR'));
  });

  it('merges the two Personio languages: ids per language, linked by translationOf', async () => {
    const { code, json, stderr } = await runJson([
      'convert', '--format', 'personio',
      '--source-url', 'https://northwind.jobs.personio.de/xml',
      '--language', 'de', '--file', fixture('personio-de.xml'),
      '--language', 'en', '--file', fixture('personio-en.xml'),
    ]);
    assert.equal(code, 0, stderr);
    const ids = [...FIXTURES['personio-de.xml'].ids, ...FIXTURES['personio-en.xml'].ids];
    assert.deepEqual(json.postings.map((p) => p.id), ids);
    assert.deepEqual(found(json), { countries: ['AT', 'CH', 'DE', 'ES'], languages: ['de', 'en'] });
    const en = json.postings.find((p) => p.id === '1520001-en');
    assert.equal(en.url, 'https://northwind.jobs.personio.de/job/1520001?language=en');
    assert.equal(en.translationOf, json.postings.find((p) => p.id === '1520001-de').translationOf);
    assert.deepEqual(json.organization, { name: 'Northwind Labs GmbH' });
    assert.ok(stderr.includes('8 postings, 1 skipped: #8'), stderr);
    // The German position dated "noch offen" is kept; its date is dropped, named with its file.
    assert.match(stderr, /warning: postings\[4\]\.datePosted dropped: .*\(id "1520005-de", from .*personio-de\.xml #4\)$/m);
    // Each problem names the file it came from.
    assert.match(stderr, /postings\[8\]\.id: .*\(from .*personio-en\.xml #3\)$/m);
    assert.ok(stderr.includes('languages (2): de, en'));
  });

  it('a file before the first --language/--source-url takes the first one', async () => {
    const { code, json } = await runJson([
      'convert', '--file', fixture('personio-en.xml'),
      '-s', 'https://northwind.jobs.personio.de/xml', '-l', 'en',
    ]);
    assert.equal(code, 0);
    assert.deepEqual(json.postings.map((p) => p.id), FIXTURES['personio-en.xml'].ids);
  });

  it('Personio without --source-url: postings without links, kept for the detail view, with a hint', async () => {
    const { code, json, stderr } = await runJson(['convert', '-l', 'de', '--file', fixture('personio-de.xml')]);
    assert.equal(code, 0);
    assert.ok(json.postings.length > 0);
    assert.ok(json.postings.every((p) => p.url === undefined && p.description));
    assert.match(stderr, /hint: \d+ posting\(s\) have no link \(url\); .+ give --source-url to link Personio postings to their board/);
  });

  it('mixes formats when --format is auto', async () => {
    const { code, json, stderr } = await runJson(['convert', '-l', 'en', fixture('workable.json'), fixture('ashby.json')]);
    assert.equal(code, 0, stderr);
    assert.equal(json.postings.length, FIXTURES['workable.json'].ids.length + FIXTURES['ashby.json'].ids.length);
    assert.ok(stderr.includes('(workable), ') && stderr.includes('(ashby)'));
  });

  it('reads stdin with --file -', async () => {
    const { code, json } = await runJson(['convert', '--file', '-'], {
      input: JSON.stringify({ version: 1, postings: [posting('s')] }),
    });
    assert.equal(code, 0);
    assert.deepEqual(json.postings.map((p) => p.id), ['s']);
  });
});

describe('convert: errors', () => {
  let tmp;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('an unknown format: the valid ones listed, exit 2', async () => {
    const { code, stdout, stderr } = await run(['convert', '--format', 'taleo', '--file', fixture('lever.json')]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'careers-feed: unknown format "taleo"; valid formats: auto, careers, greenhouse, lever, ashby, workable, recruitee, smartrecruiters, personio, jsonld, breezy, bamboohr, workday\n',
    );
  });

  it('no source: exit 2', async () => {
    const { code, stderr } = await run(['convert', '--format', 'lever']);
    assert.equal(code, 2);
    assert.match(stderr, /^careers-feed: convert needs a source: --url <url> or --file <path>/);
  });

  it('a bad URL or language tag: exit 2', async () => {
    let result = await run(['convert', '--url', 'jobs.example/feed.json']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'careers-feed: invalid URL "jobs.example/feed.json": expected an absolute http(s) URL\n');
    result = await run(['convert', '--url', 'ftp://jobs.example/feed.json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /only http and https URLs/);
    result = await run(['convert', '--language', 'English!', '--file', fixture('lever.json')]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /invalid language tag "English!"/);
  });

  it('a missing file: exit 3', async () => {
    const { code, stderr } = await run(['convert', '--file', tmp.path('nope.json')]);
    assert.equal(code, 3);
    assert.equal(stderr, `careers-feed: cannot read ${tmp.path('nope.json')}: no such file\n`);
  });

  it('a directory instead of a file: exit 3', async () => {
    const { code, stderr } = await run(['convert', '--file', tmp.dir]);
    assert.equal(code, 3);
    assert.match(stderr, /is a directory\n$/);
  });

  it('malformed JSON: one line, exit 1', async () => {
    const bad = tmp.write('bad.json', '{"jobs": [ {"id": 1,, } ]');
    const { code, stdout, stderr } = await run(['convert', '--file', bad]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^careers-feed: .*bad\\.json is not valid JSON: .+\\n$`));
  });

  it('malformed XML: one line, exit 1', async () => {
    const bad = tmp.write('bad.xml', '<workzag-jobs><position><id>1</id></workzag-jobs>');
    const { code, stderr } = await run(['convert', '--format', 'personio', '--file', bad]);
    assert.equal(code, 1);
    assert.match(stderr, /^careers-feed: .*bad\.xml.*\n$/);
    assert.equal(stderr.split('\n').length, 2);
  });

  it('an HTML page instead of a feed: exit 1', async () => {
    const { code, stderr } = await run(['convert', '--file', new URL('../fixtures/not-json.txt', import.meta.url).pathname]);
    assert.equal(code, 1);
    assert.match(stderr, /not-json\.txt is an HTML page, not a feed\n$/);
  });

  it('an unrecognised format: exit 1', async () => {
    const odd = tmp.write('odd.json', { items: [{ name: 'x' }] });
    const { code, stderr } = await run(['convert', '--file', odd]);
    assert.equal(code, 1);
    assert.match(stderr, /^careers-feed: .*odd\.json: Unrecognised feed format/);
  });

  it('a format that does not match the data: exit 1', async () => {
    const { code, stderr } = await run(['convert', '--format', 'lever', '--file', fixture('greenhouse.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /looks like a greenhouse feed, not a lever feed\n$/);
  });

  it('an invalid native envelope: exit 1', async () => {
    const bad = tmp.write('v2.json', { version: 2, postings: [] });
    const { code, stderr } = await run(['convert', '--format', 'careers', '--file', bad]);
    assert.equal(code, 1);
    assert.match(stderr, /v2\.json: The feed is not a careers feed v1: version/);
  });
});

describe('convert: URLs', () => {
  let server;
  before(async () => {
    server = await serve({
      '/boards/acme/jobs': { body: readFileSync(fixture('greenhouse.json'), 'utf8') },
      '/postings/acme': { body: readFileSync(fixture('lever.json'), 'utf8') },
      '/down': { status: 503, body: 'maintenance' },
    });
  });
  after(() => server.close());

  it('fetches a URL (200) and converts it', async () => {
    const url = server.url('/boards/acme/jobs');
    const { code, json, stderr } = await runJson(['convert', '-l', 'en', '--url', url]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(json.postings.map((p) => p.id), FIXTURES['greenhouse.json'].ids);
    assert.ok(stderr.includes(`read ${url} (greenhouse)`));
    assert.match(server.requests.at(-1).accept, /application\/json/);
  });

  it("takes a URL's ?language= over --language", async () => {
    const { code, json } = await runJson(['convert', '-l', 'en', '--url', server.url('/postings/acme?mode=json&language=de')]);
    assert.equal(code, 0);
    assert.deepEqual(found(json).languages, ['de']);
    assert.equal(json.postings.length, FIXTURES['lever.json'].ids.length);
  });

  it('a 404: the status in one line, exit 3', async () => {
    const url = server.url('/boards/nobody/jobs');
    const { code, stdout, stderr } = await run(['convert', '--url', url]);
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(stderr, `careers-feed: ${url} answered HTTP 404\n`);
  });

  it('any failing source fails the whole conversion', async () => {
    const { code, stderr } = await run(['convert', '-l', 'en', '--url', server.url('/boards/acme/jobs'), '--url', server.url('/down')]);
    assert.equal(code, 3);
    assert.match(stderr, /answered HTTP 503\n$/);
  });

  it('an unreachable host: exit 3', async () => {
    const { code, stderr } = await run(['convert', '--url', 'http://127.0.0.1:9/feed.json']);
    assert.equal(code, 3);
    assert.match(stderr, /^careers-feed: Could not reach http:\/\/127\.0\.0\.1:9\/feed\.json: /);
  });
});

describe('convert: BambooHR, with each job\'s detail', () => {
  const list = readFileSync(fixture('bamboohr.json'), 'utf8');
  const detail = JSON.parse(readFileSync(fixture('bamboohr-detail.json'), 'utf8'));
  /** The detail fixture for another job: its own date and description, no share URL. */
  const detailOf = (date, text) => {
    const copy = structuredClone(detail);
    delete copy.result.jobOpening.jobOpeningShareUrl;
    Object.assign(copy.result.jobOpening, { datePosted: date, description: `<p>${text}</p>` });
    return JSON.stringify(copy);
  };
  const routes = new Map([
    ['/careers/list', { body: list }],
    ['/bamboo.json', { body: list }],
    ['/careers/31/detail', { body: JSON.stringify(detail) }],
    ['/careers/32/detail', { body: detailOf('2026-10-05', 'Help our customers grow.') }],
    ['/careers/33/detail', { status: 404, body: 'gone' }],
    ['/careers/34/detail', { body: '{ not json' }],
    ['/careers/35/detail', { body: detailOf('2026-09-30T16:00:00Z', 'Run the Rotterdam floor.') }],
    ['/careers/36/detail', { body: JSON.stringify({ meta: {}, result: {} }) }],
  ]);
  let server;
  let port;
  const requests = [];
  let inFlight = 0;
  let maxInFlight = 0;
  before(async () => {
    server = createServer((req, res) => {
      const { pathname } = new URL(req.url, 'http://localhost');
      requests.push(pathname);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // A short delay, so that requests overlap and the concurrency shows.
      setTimeout(() => {
        inFlight -= 1;
        const route = routes.get(pathname);
        if (!route) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        else res.writeHead(route.status ?? 200, { 'content-type': 'application/json' }).end(route.body);
      }, 40);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = server.address().port;
  });
  after(() => new Promise((resolve) => server.close(resolve)));
  const url = (path) => `http://127.0.0.1:${port}${path}`;

  it('fetches every detail, 4 at a time, for descriptions and dates; a failed detail leaves only that job undated', async () => {
    requests.length = 0;
    maxInFlight = 0;
    const listUrl = url('/careers/list?board=larkspur.bamboohr.com');
    const { code, json, stderr } = await runJson(['convert', '-l', 'en', '--url', listUrl]);
    assert.equal(code, 0, stderr);
    assert.ok(stderr.includes(`read ${listUrl} (bamboohr)`), stderr);
    assert.deepEqual(requests.filter((p) => p.endsWith('/detail')).sort(), [31, 32, 33, 34, 35, 36].map((id) => `/careers/${id}/detail`));
    assert.ok(maxInFlight <= 4, `at most 4 requests at once, saw ${maxInFlight}`);
    assert.ok(maxInFlight > 1, 'details are fetched in parallel');
    assert.deepEqual(json.postings.map((p) => p.id), ['31', '32', '33', '34', '35']);
    const [first, second, , , third] = json.postings;
    assert.equal(first.url, 'https://larkspur.bamboohr.com/careers/31');
    assert.equal(first.datePosted, '2026-10-12');
    assert.equal(first.description, detail.result.jobOpening.description);
    assert.deepEqual(first.locations, [{ city: 'Salt Lake City', region: 'Utah', country: 'US' }]);
    assert.equal(first.workplace, 'onsite');
    assert.equal(second.workplace, 'remote');
    assert.deepEqual(second.remoteCountries, ['CA']);
    assert.equal(second.description, '<p>Help our customers grow.</p>');
    // Linked on the career site the board parameter names.
    assert.equal(third.url, 'https://larkspur.bamboohr.com/careers/35');
    assert.equal(third.datePosted, '2026-09-30T16:00:00Z');
    // The failed details: one warning each; their rows have no date (none is made up) and no
    // description, and are kept, linked to their job pages. Job 36 is skipped for its blank title.
    assert.match(stderr, /warning: job 33: no detail \(.*answered HTTP 404\); it has no description or date/);
    assert.match(stderr, /warning: job 34: no detail \(.*\); it has no description or date/);
    assert.ok(stderr.includes('warning: job 36: no detail (no result.jobOpening in the answer); it has no description or date'), stderr);
    for (const undated of json.postings.slice(2, 4)) {
      assert.equal(undated.datePosted, undefined);
      assert.equal(undated.description, undefined);
      assert.equal(undated.url, `https://larkspur.bamboohr.com/careers/${undated.id}`);
    }
    assert.ok(stderr.includes('5 postings, 1 skipped: #5 "36"'), stderr);
    assert.ok(stderr.includes('2 postings without a date: "33", "34" (the widget shows none for them'), stderr);
  });

  it('--format bamboohr: the same; a list URL not ending in /careers/list: no details, a warning', async () => {
    const explicit = await runJson(['convert', '-f', 'bamboohr', '-l', 'en', '--url', url('/careers/list?board=larkspur.bamboohr.com')]);
    assert.equal(explicit.code, 0, explicit.stderr);
    assert.deepEqual(explicit.json.postings.map((p) => p.id), ['31', '32', '33', '34', '35']);
    requests.length = 0;
    const copyUrl = url('/bamboo.json');
    const copy = await run(['convert', '-f', 'bamboohr', '-l', 'en', '--url', copyUrl]);
    assert.ok(copy.stderr.includes(`warning: ${copyUrl} does not end in /careers/list: job details (descriptions, dates) not fetched`), copy.stderr);
    assert.deepEqual(requests, ['/bamboo.json']);
    // Without details no row has a description, and a copy served from elsewhere gives no job links: nothing to read.
    assert.equal(copy.code, 1);
    assert.match(copy.stderr, /needs a url, a description or sections/);
  });

  it('a BambooHR list from a file: no detail fetched and no links, so no readable posting (a missing date is no reason)', async () => {
    const { code, stderr } = await run(['convert', '-l', 'en', '--file', fixture('bamboohr.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /no valid posting: all 6 rows were skipped; nothing written\n$/);
    assert.match(stderr, /needs a url, a description or sections/);
    assert.doesNotMatch(stderr, /datePosted/);
  });

  it('a BambooHR list from a file with --source-url: linked, undated postings, as the widget shows them', async () => {
    const { code, json, stderr } = await runJson(['convert', '-l', 'en', '-s', 'https://larkspur.bamboohr.com/careers/list', '--file', fixture('bamboohr.json')]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(json.postings.map((p) => p.id), ['31', '32', '33', '34', '35']);
    assert.ok(json.postings.every((p) => p.datePosted === undefined && p.url === `https://larkspur.bamboohr.com/careers/${p.id}`));
    assert.ok(stderr.includes('5 postings, 1 skipped'), stderr);
    assert.ok(stderr.includes('5 postings without a date: "31", "32", "33", "34", "35"'), stderr);
  });
});
