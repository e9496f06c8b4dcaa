/// <reference types="node" />
/**
 * Reads a Workday career site for `careers-feed convert`: the job list page
 * by page, then each job's detail, a few at a time, mapped to native
 * postings by `workday-map.ts`. CLI only: Workday's career sites answer no
 * cross-origin requests, so the widget cannot read them.
 *
 * - List: `POST https://{host}/wday/cxs/{tenant}/{site}/jobs` with
 *   `{"appliedFacets":{},"limit":20,"offset":N,"searchText":""}` (20 is the
 *   most Workday serves per page) → `{ total, jobPostings: [...] }`. Only
 *   the first page's `total` is trusted (later pages may say 0), and a page
 *   that adds no new `externalPath` ends the list (past the end a site may
 *   serve an earlier page again).
 * - Detail: `GET https://{host}/wday/cxs/{tenant}/{site}{externalPath}` →
 *   `{ jobPostingInfo, hiringOrganization }`, `DETAIL_CONCURRENCY` at a time.
 *   A detail that fails (HTTP error, timeout, not JSON, no `jobPostingInfo`)
 *   drops its posting with a warning; the others are kept.
 * - A failing list request fails the source (exit 3, or 1 when the answer is
 *   not a Workday job list).
 */
import { FeedError } from '../feed/errors.js';
import { fetchText, parseJson } from '../feed/load.js';
import { isLanguageTag, isRecord } from '../feed/checks.js';
import type { UnresolvedPlace } from '../feed/adapters/types.js';
import { CliError, EXIT } from './exit.js';
import { mapWorkday, type WorkdayRecord } from './workday-map.js';
import { placeFeed } from '../feed/adapters/geo.js';
import { pool } from './pool.js';

/** Rows per list request: Workday serves at most 20. */
export const PAGE_SIZE = 20;
/** Detail requests in flight at once. */
export const DETAIL_CONCURRENCY = 4;
/** The most postings read from one site; a longer list is cut with a warning. */
export const MAX_POSTINGS = 10_000;

/** A Workday career site, from its URL. */
export interface WorkdaySite {
  /** `https://acme.wd5.myworkdayjobs.com` */
  readonly origin: string;
  readonly tenant: string;
  readonly site: string;
  /** The locale path segment of the career site URL (`en-US`), if any. */
  readonly locale?: string;
  /** `{origin}/wday/cxs/{tenant}/{site}`: the list is `{api}/jobs`, a detail `{api}{externalPath}`. */
  readonly api: string;
}

/** Whether `url` is on a Workday career site host (`*.myworkdayjobs.com`). */
export function isWorkdayUrl(url: string): boolean {
  try {
    return /(^|\.)myworkdayjobs\.com$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** A locale path segment: `en-US`, `fr-CA`, `de`, `zh-Hans-CN`. */
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$/;

/**
 * The site a URL names: a career site `https://{tenant}.wdN.myworkdayjobs.com/{locale?}/{site}/…`
 * (the tenant is the host's first label), or its API `https://{host}/wday/cxs/{tenant}/{site}/…`.
 * `undefined` when the path names no site.
 */
export function workdaySite(value: string): WorkdaySite | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const parts = url.pathname.split('/').filter(Boolean);
  let tenant: string | undefined;
  let site: string | undefined;
  let locale: string | undefined;
  if (parts[0] === 'wday' && parts[1] === 'cxs') {
    [tenant, site] = [parts[2], parts[3]];
  } else {
    tenant = url.hostname.split('.')[0];
    if (parts.length >= 2 && LOCALE.test(parts[0]!) && isLanguageTag(parts[0]!)) [locale, site] = [parts[0], parts[1]];
    else site = parts[0];
  }
  if (!tenant || !site) return undefined;
  const api = `${url.origin}/wday/cxs/${tenant}/${site}`;
  return { origin: url.origin, tenant, site, ...(locale ? { locale } : {}), api };
}

/** The language of a site's postings: its locale's language subtag (`en-US` → `en`). */
export function siteLanguage(site: WorkdaySite): string | undefined {
  return site.locale?.split('-')[0]!.toLowerCase();
}

/**
 * The API URL of a listing path, or `undefined` when the path is not a path
 * under the site's API (absolute URLs, `//host`, `..` out of it): a listing
 * row never sends a request elsewhere.
 */
export function detailUrl(site: WorkdaySite, path: unknown): string | undefined {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return undefined;
  // The API URL is a parsed URL's origin and path segments: a path after it always parses.
  const url = new URL(`${site.api}${path}`);
  const base = new URL(`${site.api}/`);
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) ? url.href : undefined;
}

/** The public page of a listing path: `{origin}/{locale}/{site}{externalPath}`. */
export function pageUrl(site: WorkdaySite, path: string): string | undefined {
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  return new URL(`${site.origin}/${site.locale ? `${site.locale}/` : ''}${site.site}${path}`).href;
}

/** Where progress goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * Progress of one site on stderr. On a terminal: one live line, redrawn in
 * place ("Workday acme/External: details [######----] 12/40"), cleared for
 * each warning and at the end. Elsewhere (a pipe, a CI log) nothing but the
 * warnings: the summary comes at the end.
 */
export class Progress {
  /** Whether the live line is on screen. */
  private live = false;
  /** The live line's text, redrawn after a warning. */
  private last: string | undefined;
  constructor(
    private readonly stream: ProgressStream,
    private readonly label: string,
  ) {}

  private draw(text: string): void {
    this.last = text;
    if (this.stream.isTTY !== true) return;
    // A terminal that gives no width (0, as some pseudo-terminals do) is taken as 80 columns.
    const columns = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
    const width = Math.max(20, columns - 1);
    this.stream.write(`\r\x1b[K${text.slice(0, width)}`);
    this.live = true;
  }

  private clear(): void {
    if (this.live) this.stream.write('\r\x1b[K');
    this.live = false;
  }

  /** The list so far: `listed` rows of `total` (when the site says). */
  listed(listed: number, total: number | undefined): void {
    this.draw(`${this.label}: listing ${listed}${total === undefined ? '' : `/${total}`}`);
  }

  /** `done` details of `total` read (or dropped). */
  details(done: number, total: number): void {
    const size = 20;
    const filled = total === 0 ? size : Math.round((done / total) * size);
    this.draw(`${this.label}: details [${'#'.repeat(filled)}${'-'.repeat(size - filled)}] ${done}/${total}`);
  }

  /** A line that stays (a warning), written above the live line, which is then redrawn. */
  line(text: string): void {
    const live = this.live;
    this.clear();
    this.stream.write(`${text}\n`);
    if (live && this.last !== undefined) this.draw(this.last);
  }

  /** Clears the live line. */
  end(): void {
    this.clear();
  }
}

export interface ReadWorkdayOptions {
  /** Language of the postings when the site URL has no locale (`--language`). */
  readonly language?: string;
  /** The moment relative "Posted 3 Days Ago" dates count back from. */
  readonly now: Date;
  /** Milliseconds each request may take. */
  readonly timeout: number;
  /** Where progress and warnings go; stderr by default. */
  readonly stream?: ProgressStream;
  /** Replaces the global `fetch` (tests). */
  readonly fetch?: typeof fetch;
  /** The `User-Agent` of every request: the CLI names itself (`careers-feed/0.1.0`), it does not pose as a browser. */
  readonly userAgent?: string;
  /** Details in flight at once; `DETAIL_CONCURRENCY` by default. */
  readonly concurrency?: number;
  /** The most postings read; `MAX_POSTINGS` by default. */
  readonly maxPostings?: number;
}

/** What reading a site gives the CLI. */
export interface WorkdayResult {
  readonly feed: unknown;
  readonly format: 'workday';
  readonly unresolvedLocations: readonly UnresolvedPlace[];
  /** "25 listed, 24 details read, 1 dropped". */
  readonly summary: string;
}

/**
 * `fetch` with `extra` request options and headers added to those of
 * `fetchText` (its `accept`), the `User-Agent` included when one is given.
 */
function fetchWith(options: ReadWorkdayOptions, extra: RequestInit = {}): typeof fetch {
  const base = options.fetch ?? fetch;
  const agent: Record<string, string> = options.userAgent ? { 'user-agent': options.userAgent } : {};
  return (input, init) =>
    base(input, {
      ...init,
      ...extra,
      headers: { ...(init?.headers as Record<string, string> | undefined), ...agent, ...(extra.headers as Record<string, string> | undefined) },
    });
}

/** POSTs `body` as JSON with `fetchText`'s timeout and errors, and parses the answer. */
async function postJson(url: string, body: unknown, options: ReadWorkdayOptions): Promise<unknown> {
  const post = fetchWith(options, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const { text } = await fetchText(url, { timeout: options.timeout, accept: 'application/json', fetch: post });
  return parseJson(text, url);
}

async function getJson(url: string, options: ReadWorkdayOptions): Promise<unknown> {
  const { text } = await fetchText(url, { timeout: options.timeout, accept: 'application/json', fetch: fetchWith(options) });
  return parseJson(text, url);
}

/** Every listing row of the site, each `externalPath` once. */
async function listRows(site: WorkdaySite, options: ReadWorkdayOptions, progress: Progress): Promise<unknown[]> {
  const url = `${site.api}/jobs`;
  const rows: unknown[] = [];
  const seen = new Set<string>();
  let total: number | undefined;
  let offset = 0;
  const max = options.maxPostings ?? MAX_POSTINGS;
  while (rows.length < max) {
    const page = await postJson(url, { appliedFacets: {}, limit: PAGE_SIZE, offset, searchText: '' }, options);
    if (!isRecord(page) || !Array.isArray(page['jobPostings'])) {
      throw new FeedError('schema', `${url} is not a Workday job list: expected an object with a "jobPostings" array`);
    }
    // Only the first page's total counts: later pages of some sites say 0.
    if (offset === 0 && typeof page['total'] === 'number' && Number.isSafeInteger(page['total'])) total = page['total'];
    const postings = page['jobPostings'];
    let added = 0;
    for (const row of postings) {
      const path = isRecord(row) ? row['externalPath'] : undefined;
      const key = typeof path === 'string' ? path : undefined;
      if (key !== undefined && seen.has(key)) continue;
      if (key !== undefined) seen.add(key);
      rows.push(row);
      added++;
    }
    offset += postings.length;
    progress.listed(rows.length, total);
    if (added === 0 || postings.length === 0 || (total !== undefined && offset >= total)) return rows;
  }
  progress.line(`warning: ${url}: stopped after ${max} postings`);
  return rows.slice(0, max);
}

/**
 * Reads the Workday career site at `url` (a career site or API URL, see
 * `workdaySite`) into a native feed (not yet validated). Throws a usage
 * `CliError` for a URL that names no site, the list request's `FeedError`
 * when it fails, and an I/O `CliError` when every detail failed.
 */
export async function readWorkday(url: string, options: ReadWorkdayOptions): Promise<WorkdayResult> {
  const site = workdaySite(url);
  if (!site) {
    throw new CliError(
      `${url} is not a Workday career site URL: expected https://{tenant}.wdN.myworkdayjobs.com/{locale}/{site}`,
      EXIT.usage,
    );
  }
  const progress = new Progress(options.stream ?? process.stderr, `Workday ${site.tenant}/${site.site}`);
  try {
    const rows = await listRows(site, options, progress);
    let done = 0;
    const details = await pool(rows, options.concurrency ?? DETAIL_CONCURRENCY, async (listing, index): Promise<WorkdayRecord | undefined> => {
      const path = isRecord(listing) ? listing['externalPath'] : undefined;
      const target = detailUrl(site, path);
      let record: WorkdayRecord | undefined;
      let reason: string | undefined;
      if (target === undefined) {
        reason = 'no usable externalPath';
      } else {
        try {
          const detail = await getJson(target, options);
          if (isRecord(detail) && isRecord(detail['jobPostingInfo'])) record = { listing, detail };
          else reason = `${target} has no "jobPostingInfo"`;
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
          reason = error.message;
        }
      }
      done++;
      // JSON.stringify escapes control characters: a listing row cannot write to the terminal.
      const name = typeof path === 'string' ? JSON.stringify(path) : `#${index}`;
      if (reason !== undefined) progress.line(`warning: Workday posting ${name} dropped: ${reason}`);
      progress.details(done, rows.length);
      return record;
    });
    const records = details.filter((r): r is WorkdayRecord => r !== undefined);
    const dropped = rows.length - records.length;
    if (rows.length > 0 && records.length === 0) {
      throw new CliError(`${url}: all ${rows.length} Workday job details failed; nothing read`, EXIT.io);
    }
    const language = siteLanguage(site) ?? options.language;
    // Places that codes and country names left without one: the places dataset, as for every other source.
    const { feed, unresolvedLocations } = placeFeed(
      mapWorkday(records, {
        language,
        now: options.now,
        pageUrl: (path) => pageUrl(site, path),
      }),
    );
    const summary = `${rows.length} listed, ${records.length} details read${dropped ? `, ${dropped} dropped` : ''}`;
    return { feed, format: 'workday', unresolvedLocations, summary };
  } finally {
    progress.end();
  }
}
