/**
 * Campaign passthrough for the Apply link: a visitor who reached the careers
 * page from a newsletter (`?utm_source=newsletter`) should be counted as such
 * by the applicant tracking system too, which only sees the Apply link. Pure:
 * computes the href; the element renders it.
 */
import { safeHref } from './url.js';

/** The campaign parameters passed on; ATS analytics read exactly these names. */
const UTM_PARAMS: ReadonlySet<string> = new Set([
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'utm_id',
]);

/** A query key that needs no escaping and stays short: what a configured source parameter must be. */
const PARAM_NAME = /^[A-Za-z0-9_.-]{1,40}$/u;

function parseUrl(url: string | URL): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The apply href with the host page's utm_* parameters (and the optional
 * `source`) appended, keeping the link's own query and hash; a link param of
 * the same name wins (not overwritten). mailto: links and anything not
 * http(s) returned unchanged (mailto never gets params). Invalid URLs →
 * undefined.
 *
 * Details: only the six `utm_*` names are taken from the page, spelled
 * exactly so, first copy of each, blank values skipped, in page order. The
 * `source` (e.g. `{ param: 'gh_src', value: 'careers-page' }`) is a default
 * the site configures: it is added only when neither the link nor the page
 * has that parameter, so a real campaign always wins over it; a name that is
 * not a plain query key, or a blank value, is ignored. The link's own query is
 * kept as written (never re-encoded), and when nothing is added the very same
 * string comes back. The result passes `safeHref`, so only http(s) and mailto
 * links come out.
 */
export function campaignHref(
  href: string,
  pageUrl: string | URL,
  source?: { readonly param: string; readonly value: string },
): string | undefined {
  const safe = safeHref(href);
  if (safe === undefined) return undefined;
  // safeHref parsed it already; only web links carry query parameters to an ATS.
  const link = new URL(safe);
  if (link.protocol !== 'http:' && link.protocol !== 'https:') return safe;

  const linkParams = link.searchParams;
  const pageParams = parseUrl(pageUrl)?.searchParams ?? new URLSearchParams();
  const added = new URLSearchParams();
  for (const [name, value] of pageParams) {
    if (UTM_PARAMS.has(name) && value.trim() && !linkParams.has(name) && !added.has(name)) added.append(name, value);
  }
  if (
    source &&
    PARAM_NAME.test(source.param) &&
    source.value.trim() &&
    !linkParams.has(source.param) &&
    !pageParams.has(source.param)
  ) {
    added.append(source.param, source.value);
  }

  const extra = added.toString();
  if (!extra) return safe;
  // Appended to the raw query rather than re-serialized through searchParams,
  // which would re-encode the link's own parameters ("%20" → "+").
  link.search = link.search ? `${link.search}&${extra}` : `?${extra}`;
  return safeHref(link.href);
}
