/**
 * schema.org `JobPosting` adapter: JSON-LD as careers pages embed it (one
 * posting, an array, an `ItemList`, a `@graph`) and JSON Feeds whose items
 * carry a `_jobposting` extension.
 */
import type { FeedLocation, FeedOrganization } from '../schema.js';
import type { Workplace } from '../values.js';
import { FeedError, lazyModule } from '../errors.js';
import type { AdaptOptions, AdaptResult } from './types.js';
import { countryFromLocationText, resolveCountry, splitLocationText } from './country.js';
import { isA, isJsonFeed, SCHEMA_PREFIX } from './detect.js';
import {
  addLocation,
  asArray,
  cleanText,
  compactLocation,
  definedOnly,
  isRecord,
  mapEmploymentType,
  mapSalary,
  mapWorkplace,
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

type Rec = Readonly<Record<string, unknown>>;

/** What a JSON Feed item adds to its `_jobposting`. */
interface FeedItemContext {
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
  readonly datePublished?: unknown;
  readonly contentHtml?: unknown;
  readonly language?: string;
}

interface Found {
  readonly node: Rec;
  readonly item?: FeedItemContext;
}

/** Resolves `{ "@id": … }` references against the nodes of the document. */
class References {
  private readonly byId = new Map<string, Rec>();

  /**
   * Indexes every node with an `@id` and content, down to 8 levels, the
   * first one in document order winning. Walked with a stack, never
   * recursion: the document is untrusted.
   */
  index(root: unknown): void {
    const stack: [unknown, number][] = [[root, 0]];
    while (stack.length > 0) {
      const [value, depth] = stack.pop()!;
      if (depth > 8) continue;
      // Children are pushed in reverse, so they come back in document order.
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
        continue;
      }
      if (!isRecord(value)) continue;
      const id = value['@id'];
      if (typeof id === 'string' && Object.keys(value).some((k) => k !== '@id' && k !== '@context')) {
        if (!this.byId.has(id)) this.byId.set(id, value);
      }
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (key !== '@context' && typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
      }
    }
  }

  /** The node a bare reference points at, else the value itself. */
  deref(value: unknown): unknown {
    if (!isRecord(value)) return value;
    const id = value['@id'];
    if (typeof id !== 'string' || Object.keys(value).some((k) => k !== '@id')) return value;
    return this.byId.get(id) ?? value;
  }
}

/** A step of `collect`: a value to look at, or postings found in an ItemList, to add in their turn. */
type CollectStep = { readonly value: unknown; readonly depth: number; readonly decides: boolean } | { readonly found: Found[] };

/**
 * Collects the postings of a JSON-LD value, in document order, down to 6
 * levels. Returns whether the value had a recognised shape at all (a
 * JobPosting, an ItemList, a `@graph`, or an array that is empty or holds
 * one of those). Walked with a stack, never recursion: the document is
 * untrusted.
 */
function collect(root: unknown, refs: References, out: Found[]): boolean {
  let recognised = false;
  // `decides`: the root, and array items under it, decide `recognised`; a @graph's content does not.
  const stack: CollectStep[] = [{ value: root, depth: 0, decides: true }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('found' in step) {
      for (const found of step.found) out.push(found);
      continue;
    }
    const { value, depth, decides } = step;
    if (depth > 6) continue;
    if (Array.isArray(value)) {
      if (value.length === 0 && decides) recognised = true;
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, decides });
      continue;
    }
    const node = refs.deref(value);
    if (!isRecord(node)) continue;
    if (isA(node, 'JobPosting')) {
      out.push({ node });
      recognised ||= decides;
      continue;
    }
    const listed: Found[] = [];
    if (isA(node, 'ItemList')) {
      for (const element of asArray(node['itemListElement'])) {
        const entry = refs.deref(element);
        if (isRecord(entry) && isA(entry, 'ListItem')) {
          const item = refs.deref(entry['item']);
          if (isRecord(item) && isA(item, 'JobPosting')) listed.push({ node: item });
        } else if (isRecord(entry) && isA(entry, 'JobPosting')) {
          listed.push({ node: entry });
        }
      }
      recognised ||= decides;
    }
    // The @graph's postings come first, then the list's: the list waits below it on the stack.
    stack.push({ found: listed });
    if (Array.isArray(node['@graph'])) {
      stack.push({ value: node['@graph'], depth: depth + 1, decides: false });
      recognised ||= decides;
    }
  }
  return recognised;
}

/** The items of a JSON Feed that carry a `_jobposting` object. */
function collectFeed(feed: Rec, out: Found[]): void {
  const feedLanguage = toLanguage(feed['language']);
  for (const raw of asArray(feed['items'])) {
    if (!isRecord(raw) || !isRecord(raw['_jobposting'])) continue;
    const item: FeedItemContext = {
      id: toId(raw['id']),
      url: toWebUrl(raw['url']) ?? toWebUrl(raw['external_url']),
      title: cleanText(raw['title']),
      datePublished: raw['date_published'],
      contentHtml: raw['content_html'],
      language: toLanguage(raw['language']) ?? feedLanguage,
    };
    out.push({ node: raw['_jobposting'], item });
  }
}

/**
 * The first of `raw` (one value, or an array of them: read one level deep,
 * never recursively) that `read` makes something of.
 */
function firstOf<T>(raw: unknown, read: (value: unknown) => T | undefined): T | undefined {
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    const value = Array.isArray(item) ? undefined : read(item);
    if (value) return value;
  }
  return undefined;
}

/** `identifier` as text: a string or number, or a PropertyValue's `value`; the first of an array. */
function identifierOf(raw: unknown): string | undefined {
  return firstOf(raw, (item) => (isRecord(item) ? (toId(item['value']) ?? toId(item['@value'])) : toId(item)));
}

/** `inLanguage`: a BCP 47 string, or a `Language` with `alternateName`. */
function languageOf(raw: unknown): string | undefined {
  if (isRecord(raw)) return toLanguage(raw['alternateName']) ?? toLanguage(raw['name']);
  return toLanguage(raw);
}

/** A text value, or the `name` of a Thing (`{ "@type": "Country", name }`). */
function nameOf(raw: unknown): string | undefined {
  if (isRecord(raw)) return cleanText(raw['name']) ?? cleanText(raw['alternateName']);
  return cleanText(raw);
}

/** A URL value: a string or a node's `url`/`@id`; the first of an array. */
function urlValue(raw: unknown): string | undefined {
  return firstOf(raw, (item) =>
    isRecord(item) ? (toWebUrl(item['url']) ?? toWebUrl(item['contentUrl']) ?? toWebUrl(item['@id'])) : toWebUrl(item),
  );
}

/** A string value as clean text (numbers and other values are no place names). */
function nameText(raw: unknown): string | undefined {
  return typeof raw === 'string' ? cleanText(raw) : undefined;
}

/** One `jobLocation` Place → a native location (and whether it had any). */
function placeOf(raw: unknown, refs: References): { location?: FeedLocation; present: boolean; name?: string } {
  const place = refs.deref(raw);
  if (typeof place === 'string') {
    const location = compactLocation(splitLocationText(place));
    const name = cleanText(place);
    return { location, present: name !== undefined, name };
  }
  if (!isRecord(place)) return { present: false };
  const address = refs.deref(place['address']);
  if (!isRecord(address)) {
    const text = (typeof address === 'string' ? cleanText(address) : undefined) ?? nameText(place['name']);
    return { location: text ? compactLocation(splitLocationText(text)) : undefined, present: text !== undefined, name: text };
  }
  const countryText = nameOf(refs.deref(address['addressCountry']));
  const city = cleanText(address['addressLocality']);
  const region = cleanText(address['addressRegion']);
  const country =
    resolveCountry(countryText) ?? countryFromLocationText([city, region, countryText].filter(Boolean).join(', '));
  const location = compactLocation({ city, region, country });
  const name = nameText(place['name']);
  return { location, present: location !== undefined || name !== undefined, name };
}

function locationsOf(raw: unknown, refs: References): { locations: FeedLocation[]; unresolved: string[] } {
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  const places = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  for (const item of places) {
    const { location, present, name } = placeOf(item, refs);
    if (present && !location?.country) unresolved.push(placeText(location, name));
    if (location) addLocation(locations, location);
  }
  return { locations, unresolved };
}

/** `applicantLocationRequirements` (Country, or a list) → country codes. */
function applicantCountries(raw: unknown, refs: References): { countries: string[]; unresolved: string[] } {
  const countries: string[] = [];
  const unresolved: string[] = [];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  for (const item of list) {
    const name = nameOf(refs.deref(item));
    if (!name) continue;
    const code = resolveCountry(name);
    if (!code) unresolved.push(name);
    else if (!countries.includes(code)) countries.push(code);
  }
  return { countries, unresolved };
}

/** `jobLocationType: "TELECOMMUTE"` → remote; other values through the shared vocabulary. */
function workplaceOf(raw: unknown): Workplace | undefined {
  for (const value of Array.isArray(raw) ? raw : [raw]) {
    const workplace = mapWorkplace(typeof value === 'string' ? value.replace(SCHEMA_PREFIX, '') : value);
    if (workplace) return workplace;
  }
  return undefined;
}

/**
 * `baseSalary`: MonetaryAmount `{currency, value}` where `value` is a
 * QuantitativeValue `{minValue, maxValue, value, unitText}` or a number. A
 * single `value` is both bounds.
 */
function salaryOf(raw: unknown, refs: References) {
  const amount = refs.deref(raw);
  if (!isRecord(amount)) return undefined;
  const value = refs.deref(amount['value']);
  if (!isRecord(value)) {
    return mapSalary({ currency: amount['currency'], min: value, max: value, period: amount['unitText'] });
  }
  const single = value['value'];
  return mapSalary({
    currency: amount['currency'],
    min: value['minValue'] ?? single,
    max: value['maxValue'] ?? single,
    period: value['unitText'] ?? amount['unitText'],
  });
}

/** Whether a description is entity-escaped HTML ("&lt;p&gt;…"), to be decoded once. */
const isEscaped = (raw: unknown): raw is string => typeof raw === 'string' && !raw.includes('<') && /&lt;/i.test(raw);

/** HTML description; `decode` is given whenever an escaped one is in the feed. */
function descriptionOf(raw: unknown, decode: ((text: string) => string) | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const html = (decode && isEscaped(raw) ? decode(raw) : raw).trim();
  return html === '' ? undefined : html;
}

function organizationOf(raw: unknown, refs: References): FeedOrganization | undefined {
  const node = refs.deref(raw);
  if (typeof node === 'string') {
    const name = cleanText(node);
    return name ? { name } : undefined;
  }
  if (!isRecord(node)) return undefined;
  const name = cleanText(node['name']) ?? cleanText(node['legalName']);
  if (!name) return undefined;
  return definedOnly({
    name,
    url: urlValue(node['sameAs']) ?? toWebUrl(node['url']),
    logo: urlValue(refs.deref(node['logo'])),
  }) as FeedOrganization;
}

/**
 * The feed's organization: when every posting that names a hiring
 * organization names the same one, that name, with the first URL and logo
 * given for it.
 */
function sharedOrganization(organizations: readonly (FeedOrganization | undefined)[]): FeedOrganization | undefined {
  const named = organizations.filter((o): o is FeedOrganization => o !== undefined);
  if (named.length === 0 || named.some((o) => o.name !== named[0]!.name)) return undefined;
  return definedOnly({
    name: named[0]!.name,
    url: named.find((o) => o.url)?.url,
    logo: named.find((o) => o.logo)?.logo,
  }) as FeedOrganization;
}

/**
 * Postings that share an id in different languages are one job's language
 * versions: their ids become `${id}-${language}` and `translationOf` the
 * shared id. Same-id postings in one language are left to validation (the
 * later one is skipped as a duplicate).
 */
function linkTranslations(postings: Record<string, unknown>[]): void {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const posting of postings) {
    const id = posting['id'];
    if (typeof id !== 'string') continue;
    const group = groups.get(id) ?? [];
    group.push(posting);
    groups.set(id, group);
  }
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    const languages = group.map((p) => p['language']);
    if (languages.some((l) => typeof l !== 'string') || new Set(languages).size !== group.length) continue;
    for (const posting of group) {
      posting['id'] = `${id}-${String(posting['language'])}`;
      posting['translationOf'] = id;
    }
  }
}

/**
 * Maps schema.org `JobPosting` data to the native feed.
 *
 * Accepted shapes: one JobPosting, an array of nodes, an `ItemList`
 * (`itemListElement` of `ListItem{item}` or of postings), a `@graph` (bare
 * `{"@id"}` references, such as `hiringOrganization: {"@id": "#org"}`, are
 * resolved against the document), and a JSON Feed whose `items[]` carry
 * `_jobposting`. `@type` may be an array or prefixed ("schema:JobPosting").
 * Anything else throws a `schema` FeedError.
 *
 * - `identifier` (text, number or PropertyValue `value`) → `id`, else the
 *   JSON Feed item `id`, else `@id`, else `url`. Postings sharing an id in
 *   different `inLanguage` become `${id}-${lang}` with `translationOf`.
 * - `title` (else `name`, else the feed item's `title`) → `title`.
 * - `url` (else the feed item's `url`, else a web `@id`) → `url`;
 *   `directApply: true` → `applyUrl` = `url`.
 * - `inLanguage` (text or Language `alternateName`), else the feed item's or
 *   feed's `language`, else `options.language` → `language`.
 * - `datePosted` (else the feed item's `date_published`) → `datePosted`;
 *   `validThrough` → `validThrough`.
 * - `employmentType` (text or array; the first mappable wins) →
 *   `employmentType`: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN,
 *   VOLUNTEER, PER_DIEM (→ other), OTHER.
 * - `jobLocation` (Place or array; `address` PostalAddress
 *   `addressLocality`/`addressRegion`/`addressCountry` as ISO code, name or
 *   Country `{name}`; or an address text) → `locations`.
 * - `jobLocationType: "TELECOMMUTE"` → `workplace: remote`;
 *   `applicantLocationRequirements` (Country or array) → `remoteCountries`.
 *   Locations and requirements without a country count as unresolved.
 * - `baseSalary` MonetaryAmount → `salary` (`unitText` HOUR…YEAR →
 *   `period`; a single `value` is both bounds).
 * - `description` (HTML; entity-escaped HTML decoded once; else the feed
 *   item's `content_html`) → `description`.
 * - `hiringOrganization` → `organization` (name, `sameAs`/`url`, `logo`)
 *   when all postings that name one agree.
 * - Not mapped: `responsibilities`, `qualifications`, `skills`,
 *   `educationRequirements`, `experienceRequirements` (their headings would
 *   need translating), `occupationalCategory`, `industry`.
 */
export const adaptJsonLd = async (input: unknown, options: AdaptOptions): Promise<AdaptResult> => {
  const refs = new References();
  refs.index(input);
  const found: Found[] = [];
  let recognised: boolean;
  if (isRecord(input) && isJsonFeed(input)) {
    collectFeed(input, found);
    recognised = true;
  } else {
    recognised = collect(input, refs, found);
  }
  if (!recognised) {
    throw new FeedError(
      'schema',
      'Not schema.org job postings: expected a JobPosting, an array, an ItemList, a @graph or a JSON Feed with _jobposting items.',
    );
  }

  // Most sites write descriptions as HTML; the decoder for escaped ones
  // (a DOM walk shared with other adapters) is a chunk loaded only for them.
  const decode = found.some(({ node, item }) => isEscaped(node['description']) || isEscaped(item?.contentHtml))
    ? await lazyModule(import('./html.js'), 'HTML decoding').then(
        ({ decodeEntities }) =>
          (text: string) =>
            decodeEntities(text, options.html),
      )
    : undefined;
  const unresolvedLocations: UnresolvedPlace[] = [];
  const organizations: (FeedOrganization | undefined)[] = [];
  const postings = found.map(({ node, item }) => {
    const workplace = workplaceOf(node['jobLocationType']);
    const places = locationsOf(node['jobLocation'], refs);
    const applicants = applicantCountries(node['applicantLocationRequirements'], refs);
    const placed = placeLocations(places.locations, workplace);
    const remoteCountries = [...new Set([...applicants.countries, ...(placed.remoteCountries ?? [])])];
    const url = toWebUrl(node['url']) ?? item?.url ?? toWebUrl(node['@id']);
    const id = identifierOf(node['identifier']) ?? item?.id ?? toId(node['@id']) ?? url;
    unresolvedLocations.push(...unresolvedOf(id, [...places.unresolved, ...applicants.unresolved]));
    const organization = organizationOf(node['hiringOrganization'], refs);
    if (organization) organizations.push(organization);
    return definedOnly({
      id,
      title: cleanText(node['title']) ?? cleanText(node['name']) ?? item?.title,
      language: languageOf(node['inLanguage']) ?? item?.language ?? toLanguage(options.language),
      url,
      applyUrl: node['directApply'] === true ? url : undefined,
      locations: placed.locations,
      workplace,
      remoteCountries: remoteCountries.length > 0 ? remoteCountries : undefined,
      employmentType: mapEmploymentType(node['employmentType']),
      datePosted: postedDate(node['datePosted'], item?.datePublished),
      validThrough: toFeedDate(node['validThrough']),
      description: descriptionOf(node['description'], decode) ?? descriptionOf(item?.contentHtml, decode),
      salary: salaryOf(node['baseSalary'], refs),
    });
  });
  linkTranslations(postings);

  const organization = sharedOrganization(organizations);
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptJsonLd as adapt };
