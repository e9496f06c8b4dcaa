/**
 * Places a person would put in a country without hesitating, from a dataset
 * of cities and first-level subdivisions (src/generated/geo-data.ts, written
 * by scripts/geo.mjs from GeoNames packages): "London", "San Francisco, CA",
 * "Vancouver, BC", "Berlin, DE", "Texas".
 *
 * A lazy chunk (about 150 KB gzip): `adaptPayload` loads it only when an
 * adapter left a location without a country after codes and country names
 * (country.ts); native feeds never load it, and the CLI loads it whenever
 * the same happens there. The dataset is read into Maps once, at the first
 * call.
 *
 * Never a guess:
 * - a city name alone resolves when one country clearly owns it (no city of
 *   that name elsewhere with a tenth of its population: "London" → GB,
 *   "Cambridge" stays unresolved, GB and US);
 * - a city and a subdivision or country ("San Francisco, CA", "London, ON",
 *   "Berlin, DE") resolve when exactly one country has a city of that name
 *   there; a qualifier the dataset knows but no such city matches leaves the
 *   place unresolved;
 * - a subdivision alone ("Texas", "Ontario") resolves when one country has
 *   it, and is kept as the region;
 * - anything else, and areas ("EMEA"), stays as it was.
 */
import { CITIES, SUBDIVISIONS } from '../../generated/geo-data.js';
import type { FeedLocation } from '../schema.js';
import { asArray, isRecord } from './common.js';
import { isArea, placeParts, resolveCountry } from './country.js';
import { normalizeKey } from './place-key.js';
import { memoized } from '../../model/memo.js';
import { drain } from '../slices.js';
import type { AdaptResult } from './types.js';

interface Place {
  readonly country: string;
  /** The subdivision code in the dataset (GeoNames'). */
  readonly admin: string;
  /** Only with its subdivision: a larger city of the name is in another country. */
  readonly minor?: boolean;
}

interface Index {
  readonly cities: ReadonlyMap<string, readonly Place[]>;
  /** By name and by letter code. */
  readonly subdivisions: ReadonlyMap<string, readonly Place[]>;
  /** By name only: what a subdivision alone may be. */
  readonly subdivisionNames: ReadonlySet<string>;
}

let index: Index | undefined;

function add(map: Map<string, Place[]>, key: string, place: Place): void {
  const list = map.get(key);
  if (list) list.push(place);
  else map.set(key, [place]);
}

/** Each line `CC.ADMIN:a;b;~c`, split once. */
function* entries(data: string): Generator<[country: string, admin: string, names: string[]]> {
  for (const line of data.split('\n')) {
    const colon = line.indexOf(':');
    yield [line.slice(0, 2), line.slice(3, colon), line.slice(colon + 1).split(';')];
  }
}

/**
 * Builds the dataset's Maps, yielding after each line (some 6,500), so the
 * widget can spread the work over several tasks (`placeFeedSteps`). Once
 * per page; nothing when built.
 */
function* indexSteps(): Generator<void, Index, void> {
  if (index) return index;
  const cities = new Map<string, Place[]>();
  for (const [country, admin, keys] of entries(CITIES)) {
    yield;
    for (const key of keys) {
      if (key.startsWith('~')) add(cities, key.slice(1), { country, admin, minor: true });
      else add(cities, key, { country, admin });
    }
  }
  const subdivisions = new Map<string, Place[]>();
  const subdivisionNames = new Set<string>();
  for (const [country, admin, [name, ...codes]] of entries(SUBDIVISIONS)) {
    yield;
    add(subdivisions, name!, { country, admin });
    subdivisionNames.add(name!);
    for (const code of codes) add(subdivisions, code, { country, admin });
  }
  return (index ??= { cities, subdivisions, subdivisionNames });
}

/** The dataset in Maps (its names are keys already: `normalizeKey` ran in scripts/geo.mjs). */
const places = (): Index => index ?? drain(indexSteps());

/** The one country of `list`, or undefined when there are none or several. */
function onlyCountry(list: readonly { country: string }[]): string | undefined {
  const countries = new Set(list.map((p) => p.country));
  return countries.size === 1 ? list[0]!.country : undefined;
}

/** What the dataset makes of a place. */
export interface Placed {
  readonly country: string;
  /** The place named a subdivision only ("Texas"): it is the region, not a city. */
  readonly regionOnly?: boolean;
  /** A qualifier named the country itself ("Berlin, DE"): it is not a region. */
  readonly qualifierIsCountry?: boolean;
}

/**
 * The country of a place given as its parts: a city (or subdivision) first,
 * then what qualifies it ("San Francisco", "CA"). Workplace words and areas
 * are not parts (`placeParts`). `undefined` when it is not certain.
 */
export function resolvePlace(parts: readonly string[]): Placed | undefined {
  const [first, ...rest] = parts;
  if (!first || isArea(first)) return undefined;
  const { cities, subdivisions, subdivisionNames } = places();
  const key = normalizeKey(first);
  const named = cities.get(key) ?? [];
  for (const qualifier of rest) {
    const country = resolveCountry(qualifier);
    const scopes = subdivisions.get(normalizeKey(qualifier)) ?? [];
    if (!country && scopes.length === 0) continue; // a qualifier the dataset does not know ("Mitte"): no clue
    const matches = named.filter((p) => p.country === country || scopes.some((s) => s.country === p.country && s.admin === p.admin));
    const found = onlyCountry(matches);
    if (!found) return undefined; // a clue that fits no city, or several countries
    return found === country && !scopes.some((s) => s.country === found) ? { country, qualifierIsCountry: true } : { country: found };
  }
  const city = onlyCountry(named.filter((p) => !p.minor));
  const region = subdivisionNames.has(key) ? onlyCountry(subdivisions.get(key)!) : undefined;
  // A name that is a city and a subdivision counts only when both are in one country ("New York").
  if (named.length > 0 && subdivisionNames.has(key)) return city && city === region ? { country: city } : undefined;
  if (city) return { country: city };
  return region ? { country: region, regionOnly: true } : undefined;
}

/**
 * What the dataset makes of a free-text place ("Hybrid - San Francisco, CA"),
 * or null. A feed repeats a few hundred places thousands of times: each text
 * is worked out once.
 */
const placeOfText = memoized((text: string): Placed | null => resolvePlace(placeParts(text)) ?? null);

/** The country of a free-text place, from the dataset. */
export const resolvePlaceText = (text: string): string | undefined => placeOfText(text)?.country;

/** `location` with the country the dataset gives it, or itself. */
function placeLocation(location: unknown): unknown {
  if (!isRecord(location) || location['country'] !== undefined) return location;
  const { city, region } = location as FeedLocation;
  const placed = placeOfText([city, region].filter((p) => typeof p === 'string' && p).join(', '));
  if (!placed) return location;
  if (placed.regionOnly) return { region: city ?? region, country: placed.country };
  if (placed.qualifierIsCountry) return city ? { city, country: placed.country } : { country: placed.country };
  return { ...location, country: placed.country };
}

/**
 * The adapter's result with every location it left without a country given
 * one where the dataset is certain, and the places named to the site owner
 * reduced to those still without one.
 */
export const placeFeed = (result: AdaptResult): AdaptResult => drain(placeFeedSteps(result));

/** `placeFeed` one posting at a time (the dataset's index first), for `sliced`: a 10,000-posting feed is no long task. */
export function* placeFeedSteps(result: AdaptResult): Generator<void, AdaptResult, void> {
  yield* indexSteps();
  const postings: unknown[] = [];
  for (const posting of result.feed.postings) {
    const locations = isRecord(posting) && asArray(posting['locations']);
    postings.push(locations && locations.length ? { ...posting, locations: locations.map(placeLocation) } : posting);
    yield;
  }
  return {
    feed: { ...result.feed, postings },
    unresolvedLocations: result.unresolvedLocations.filter((place) => !resolvePlaceText(place.text)),
  };
}
