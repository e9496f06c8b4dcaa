import { feedEnvelopeSchema, organizationSchema, postingSchema } from './schema.js';
import type { FeedOrganization, FeedPosting } from './schema.js';
import { FeedError } from './errors.js';
import { formatIssue, formatPath, issueReason, type IssueLike } from './issues.js';
import { isRecord } from './checks.js';
import { drain } from './slices.js';

/** A row that was left out, and why. */
export interface SkippedPosting {
  /** Position in the feed's `postings` array. */
  readonly index: number;
  /** The row's id, when it had a usable one. */
  readonly id?: string;
  /** One "path: reason" line per problem. */
  readonly reasons: readonly string[];
}

/**
 * An invalid optional value that was left out while its posting (or the
 * feed) was kept: a bad `salary`, an unknown `employmentType`, one bad
 * country code among several locations, a relative organization `logo`.
 */
export interface DroppedField {
  /** Position of the posting in `postings`; absent for a field of the envelope (`organization`). */
  readonly index?: number;
  /** The posting's id. */
  readonly id?: string;
  /** JSON path of the value left out: `postings[3].salary`, `organization.logo`. */
  readonly path: string;
  /** Why: the problem, with the path inside the dropped value when it lies deeper (`currency: …`). */
  readonly reason: string;
}

/** A validated feed: every good row, and an account of every bad one. */
export interface ParsedFeed {
  readonly organization?: FeedOrganization;
  readonly postings: readonly FeedPosting[];
  /** Rows left out whole: a required field was unusable (or the id was taken). */
  readonly skipped: readonly SkippedPosting[];
  /** Optional values left out of kept postings and of the envelope. */
  readonly dropped: readonly DroppedField[];
}

/** A raw row's id, trimmed, when it has a non-empty string one. */
export function rowId(row: unknown): string | undefined {
  const id = isRecord(row) ? row['id'] : undefined;
  return typeof id === 'string' && id.trim() ? id.trim() : undefined;
}

type Path = readonly PropertyKey[];
type Rec = Record<string, unknown>;

/** A value left out, before it is given a row's prefix. */
interface Drop {
  readonly path: Path;
  readonly reason: string;
}

/** What a lenient parse gives: the value, or else the issues that made it unusable. */
interface Outcome<T> {
  readonly data?: T;
  readonly issues?: readonly IssueLike[];
  readonly dropped: readonly Drop[];
}

/**
 * Where to cut for an issue at `path`: the path of the value to leave out
 * (a field, an array element, a location's field), or `[]` when nothing can
 * be left out (a required field, the value itself).
 */
type Cut = (path: Path) => Path;

/**
 * Leaves out the value at `path` of `root` (a copy of the row): copies every
 * container on the way, so the caller's data is never changed; an array
 * element leaves a hole, closed at the end of the pass; a `locations` that
 * is not an array becomes `[]`. `copies` holds the containers copied in this
 * pass. Returns false when there is nothing there to leave out (the path of
 * a refinement).
 */
function cutAt(root: Rec, path: Path, copies: Set<unknown>): boolean {
  let parent = root;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const child = parent[path[i] as string];
    if (typeof child !== 'object' || child === null) return false;
    if (!copies.has(child)) {
      const copy = Array.isArray(child) ? [...child] : { ...child };
      copies.add(copy);
      parent[path[i] as string] = copy;
    }
    parent = parent[path[i] as string] as Rec;
  }
  const key = path[last] as string;
  if (key === 'locations' && last === 0) parent[key] = [];
  else if (!Object.hasOwn(parent, key)) return false;
  else delete parent[key];
  return true;
}

/**
 * Validates `value` against `schema`; while the only problems are values
 * `cut` may leave out, leaves them out of a copy and validates again, at
 * most five times (a refinement only runs once the values it checks are
 * valid). A problem `cut` cannot remove makes the value unusable.
 */
function lenient<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: IssueLike[] } } },
  value: unknown,
  cut: Cut,
): Outcome<T> {
  const dropped: Drop[] = [];
  let current = value;
  for (let pass = 0; ; pass++) {
    const result = schema.safeParse(current);
    if (result.success) return { data: result.data, dropped };
    const issues = result.error.issues;
    if (pass > 4 || !isRecord(current)) return { issues, dropped };
    const next: Rec = { ...current };
    const copies = new Set<unknown>();
    /** Path left out in this pass → its distinct reasons. */
    const cuts = new Map<string, [Path, Set<string>]>();
    for (const issue of issues) {
      let target = cut(issue.path);
      // An issue inside a value already left out in this pass (a section's
      // item, after its title) goes with that value.
      for (let depth = 1; depth < target.length; depth++) {
        if (cuts.has(formatPath(target.slice(0, depth)))) target = target.slice(0, depth);
      }
      const key = formatPath(target);
      const inner = issue.path.slice(target.length);
      let entry = cuts.get(key);
      if (!entry) {
        if (!target.length || !cutAt(next, target, copies)) return { issues, dropped };
        cuts.set(key, (entry = [target, new Set()]));
      }
      entry[1].add(inner.length ? formatIssue({ ...issue, path: inner }) : issueReason(issue));
    }
    for (const copy of copies) {
      if (!Array.isArray(copy)) continue;
      // Closes the holes; a location whose every field went says nothing, and goes too.
      let kept = 0;
      for (let i = 0; i < copy.length; i++) {
        const item: unknown = copy[i];
        const emptied = copies.has(item) && next['locations'] === copy && !['city', 'region', 'country'].some((k) => k in (item as Rec));
        if (i in copy && !emptied) copy[kept++] = item;
      }
      copy.length = kept;
    }
    for (const [path, reasons] of cuts.values()) dropped.push({ path, reason: [...reasons].join('; ') });
    current = next;
  }
}

/** Posting fields without which a row is skipped. */
const REQUIRED = new Set<PropertyKey>(['id', 'title', 'language']);

/**
 * What to leave out of a posting for an issue: required fields nothing; a
 * location's bad field just that field (its city and region stay); a bad
 * section item the item, a bad section title the section; inside `salary`
 * the whole salary (half a pay range would misstate it), except a bad
 * `period`; any other optional field the field.
 */
const postingCut: Cut = (path) => {
  const [field, index, key, item] = path;
  if (field === undefined || REQUIRED.has(field)) return [];
  if (typeof index !== 'number') {
    if (field === 'salary' && index === 'period' && path.length === 2) return path;
    return [field];
  }
  if (field === 'locations' && (key === 'city' || key === 'region' || key === 'country')) return [field, index, key];
  if (field === 'sections' && key === 'items' && typeof item === 'number') return [field, index, key, item];
  return [field, index];
};

/** Bad `url` or `logo` of the organization: left out; a bad name or shape: the organization left out. */
const organizationCut: Cut = (path) => (path[0] === 'url' || path[0] === 'logo' ? [path[0]] : []);

/**
 * Validates a native v1 feed, leniently.
 *
 * The envelope needs `version: 1` and a `postings` array, else a `schema`
 * FeedError. A bad `organization` is left out (or just its bad `url` or
 * `logo`) and reported in `dropped`; it never rejects the feed.
 *
 * Each posting is validated on its own. A row is skipped (reported in
 * `skipped`) only when a required field is unusable: `id`, `title`,
 * `language`, or when it has neither a `url` nor a
 * `description` or `sections` left. An invalid optional field is left out and
 * reported in `dropped`: the field, or just the bad element of an array (a
 * remote country, a section, a section item), or just a location's bad
 * `city`/`region`/`country` (the location keeps its other fields; one left
 * with none is removed); `salary` goes whole unless only its `period` is bad;
 * a `locations` that is not an array reads as empty. Ids must be unique:
 * later duplicates are skipped.
 */
export function parseFeed(data: unknown): ParsedFeed {
  return drain(parseFeedSteps(data));
}

/**
 * `parseFeed` one row at a time: a generator that yields after each posting
 * and returns the `ParsedFeed`, so a caller can spread a large feed over
 * several tasks (`sliced` in `slices.ts`). Throws as `parseFeed` does, on
 * its first step.
 */
export function* parseFeedSteps(data: unknown): Generator<void, ParsedFeed, void> {
  const envelope = feedEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const detail = envelope.error.issues.slice(0, 3).map((i) => formatIssue(i)).join('; ');
    throw new FeedError('schema', `The feed is not a careers feed v1: ${detail}`);
  }
  const dropped: DroppedField[] = [];
  let organization: FeedOrganization | undefined;
  if (envelope.data.organization !== undefined) {
    const result = lenient(organizationSchema, envelope.data.organization, organizationCut);
    const drops: readonly Drop[] = result.issues
      ? [{ path: [], reason: result.issues.map((i) => (i.path.length ? formatIssue(i) : issueReason(i))).join('; ') }]
      : result.dropped;
    for (const drop of drops) dropped.push({ path: formatPath(drop.path, 'organization'), reason: drop.reason });
    organization = result.data;
  }
  const postings: FeedPosting[] = [];
  const skipped: SkippedPosting[] = [];
  const seen = new Set<string>();
  const rows = envelope.data.postings;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const prefix = `postings[${index}]`;
    const result = lenient(postingSchema, row, postingCut);
    const id = rowId(row);
    const drops = result.dropped.map((d) => `${formatPath(d.path, prefix)}: ${d.reason}`);
    if (!result.data) {
      skipped.push({ index, id, reasons: [...drops, ...(result.issues ?? []).map((i) => formatIssue(i, prefix))] });
    } else if (seen.has(result.data.id)) {
      skipped.push({ index, id, reasons: [`${prefix}.id: duplicate id "${result.data.id}"`] });
    } else {
      seen.add(result.data.id);
      postings.push(result.data);
      for (const d of result.dropped) dropped.push({ index, id, path: formatPath(d.path, prefix), reason: d.reason });
    }
    yield;
  }
  return { organization, postings, skipped, dropped };
}
