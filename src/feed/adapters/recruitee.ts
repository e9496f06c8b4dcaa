/**
 * Recruitee Careers Site API adapter:
 * `GET https://{company}.recruitee.com/api/offers/` → `{ offers: [...] }`.
 */
import type { FeedLocation } from '../schema.js';
import type { EmploymentType, Workplace } from '../values.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { countryFromLocationText, resolveCountry, splitLocationText } from './country.js';
import {
  addLocation,
  agreedOrganization,
  asArray,
  asRecord,
  cleanText,
  compactLocation,
  definedOnly,
  isRecord,
  mapEmploymentType,
  mapSalary,
  placeLocations,
  postedDate,
  toFeedDate,
  toId,
  toLanguage,
  toWebUrl,
  placeText,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';
import { htmlToText } from './html.js';

type Rec = Readonly<Record<string, unknown>>;

/** A country from an ISO code field, then a name field, then free text. */
function countryOf(code: unknown, name: unknown, text: unknown): string | undefined {
  return (
    resolveCountry(typeof code === 'string' ? code : undefined) ??
    resolveCountry(typeof name === 'string' ? name : undefined) ??
    countryFromLocationText(typeof text === 'string' ? text : undefined)
  );
}

/**
 * One native location from a Recruitee location record (or the offer
 * itself): `city` and `state_name` as given, the country from
 * `country_code`, else `country`, else `countryText`. Without a city or
 * region field, `cityText` (city first, as the offer's `location`: "Lyon,
 * France") is split for them.
 */
function locationOf(raw: Rec, countryText: unknown, cityText?: unknown): FeedLocation | undefined {
  let city = cleanText(raw['city']);
  let region = cleanText(raw['state_name']) ?? cleanText(raw['state']) ?? cleanText(raw['state_code']);
  let country = countryOf(raw['country_code'], raw['country'], countryText);
  if (!city && !region && typeof cityText === 'string') {
    const split = splitLocationText(cityText);
    city = split.city;
    region = split.region;
    country ??= split.country;
  }
  return compactLocation({ city, region, country });
}

/**
 * `locations[]` when the offer has it (one per office; `full_address`,
 * "country, state, city, …", only helps find the country), else the offer's
 * own `city`/`state_name`/`country_code`, else its free-text `location`.
 */
function locationsOf(offer: Rec): { locations: FeedLocation[]; unresolved: string[] } {
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  const records = asArray(offer['locations']).filter(isRecord);
  const found =
    records.length > 0
      ? records.map((r) => locationOf(r, r['full_address']))
      : [locationOf(offer, offer['location'], offer['location'])];
  for (const location of found) {
    if (!location) continue;
    if (!location.country) unresolved.push(placeText(location));
    addLocation(locations, location);
  }
  return { locations, unresolved };
}

/** `hybrid` wins over `remote`, which wins over `on_site`. */
function workplaceOf(offer: Rec): Workplace | undefined {
  if (offer['hybrid'] === true) return 'hybrid';
  if (offer['remote'] === true) return 'remote';
  if (offer['on_site'] === true) return 'onsite';
  return undefined;
}

/**
 * `employment_type_code` ("fulltime_permanent", "parttime_fixed_term",
 * "internship", "freelance", …) through the shared vocabulary; codes it does
 * not know fall back on their prefix ("parttime_minijob" → part-time).
 */
function employmentTypeOf(code: unknown): EmploymentType | undefined {
  const mapped = mapEmploymentType(code);
  if (mapped || typeof code !== 'string') return mapped;
  if (/^full[_-]?time/i.test(code)) return 'full-time';
  if (/^part[_-]?time/i.test(code)) return 'part-time';
  return undefined;
}

/** Description HTML then requirements HTML, one after the other. */
function descriptionOf(description: unknown, requirements: unknown): string | undefined {
  const parts = [description, requirements]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join('\n') : undefined;
}

function departmentOf(raw: unknown): string | undefined {
  return isRecord(raw) ? cleanText(raw['name']) : cleanText(raw);
}

/**
 * Translation keys, the primary language first, and that primary language:
 * `primary_lang_code` (else `lang_code`) when it names a translation, else
 * the only translation, else none.
 */
function languagesOf(offer: Rec, translations: Rec): { keys: string[]; primary?: string } {
  const keys = Object.keys(translations).filter((k) => isRecord(translations[k]));
  const primary =
    [offer['primary_lang_code'], offer['lang_code']].find(
      (code): code is string => typeof code === 'string' && keys.includes(code),
    ) ?? (keys.length === 1 ? keys[0] : undefined);
  return primary ? { keys: [primary, ...keys.filter((k) => k !== primary)], primary } : { keys };
}

/**
 * Maps a Recruitee Careers Site API answer (`/api/offers/`) to the native
 * feed.
 *
 * - One posting per entry of `translations` (`{ en: {title, description,
 *   requirements, highlight}, de: {…} }`): id `${id}-${lang}`, `language`
 *   the translation key, `translationOf` the offer id, so the language
 *   versions group. An offer without `translations` gives one posting, id
 *   `${id}`, in `options.language`. A translation that lacks a field falls
 *   back on the offer's own (primary-language) field only when it is the
 *   primary translation (`primary_lang_code`/`lang_code`, else the only
 *   one); otherwise the field stays empty, never in the wrong language.
 * - `careers_url` → `url`, `careers_apply_url` → `applyUrl` (shared by the
 *   language versions).
 * - `description` HTML then `requirements` HTML → `description` (kept as
 *   HTML: section titles would need a translated "Requirements" heading the
 *   API does not give); `highlight` → `summary` (plain text).
 * - Locations: `locations[]` (`city`, `state_name`, `country_code`, else
 *   `country` names, else `full_address`), else the offer's own `city`,
 *   `state_name`, `country_code`/`country`, else the free-text `location`.
 *   Each location without a country counts once per offer as unresolved.
 * - `hybrid`/`remote`/`on_site` flags → `workplace` (hybrid first); a
 *   remote offer's country-only locations become `remoteCountries`.
 * - `employment_type_code` → `employmentType` (fixed-term → temporary).
 * - `published_at` (else `created_at`) → `datePosted`; `close_at` →
 *   `validThrough`; both "2026-09-18 13:27:28 UTC" → ISO UTC.
 * - `salary` `{min, max, currency, period}` (bounds as strings) → `salary`;
 *   an impossible range (min above max) is dropped.
 * - `company_name` → `organization.name` when all offers agree.
 */
export const adaptRecruitee: SyncAdapter = (input, options): AdaptResult => {
  if (!isRecord(input) || !Array.isArray(input['offers'])) {
    throw new FeedError('schema', 'Not a Recruitee Careers Site API payload: expected an object with an "offers" array.');
  }
  const offers = input['offers'].map(asRecord);
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings: Record<string, unknown>[] = [];

  for (const offer of offers) {
    const { locations, unresolved } = locationsOf(offer);
    // Named by the offer's id: its postings are `${id}-${language}`, one per translation.
    unresolvedLocations.push(...unresolvedOf(toId(offer['id']), unresolved));
    const workplace = workplaceOf(offer);
    const salary = asRecord(offer['salary']);
    const shared = definedOnly({
      url: toWebUrl(offer['careers_url']),
      applyUrl: toWebUrl(offer['careers_apply_url']),
      ...placeLocations(locations, workplace),
      workplace,
      department: departmentOf(offer['department']),
      employmentType: employmentTypeOf(offer['employment_type_code']),
      datePosted: postedDate(offer['published_at'], offer['created_at']),
      validThrough: toFeedDate(offer['close_at']),
      salary: mapSalary({
        currency: salary['currency'],
        min: salary['min'],
        max: salary['max'],
        period: salary['period'],
      }),
    });
    const id = toId(offer['id']);
    const translations = asRecord(offer['translations']);
    const { keys: languages, primary } = languagesOf(offer, translations);

    if (languages.length === 0) {
      postings.push({
        ...definedOnly({
          id,
          title: cleanText(offer['title']),
          language: options.language,
          description: descriptionOf(offer['description'], offer['requirements']),
        }),
        ...shared,
      });
      continue;
    }
    for (const lang of languages) {
      const text = asRecord(translations[lang]);
      // The offer's own fields are in its primary language only.
      const fallback: Rec = lang === primary ? offer : {};
      const pick = (key: string): unknown => (typeof text[key] === 'string' && text[key] !== '' ? text[key] : fallback[key]);
      postings.push({
        ...definedOnly({
          id: id === undefined ? undefined : `${id}-${lang}`,
          title: cleanText(pick('title')),
          language: toLanguage(lang),
          summary: htmlToText(text['highlight'], options.html),
          description: descriptionOf(pick('description'), pick('requirements')),
          translationOf: id,
        }),
        ...shared,
      });
    }
  }

  const organization = agreedOrganization(offers.map((o) => o['company_name']));
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptRecruitee as adapt };
