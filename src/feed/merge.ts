/**
 * Merging the native feeds of several sources into one. A lazy chunk:
 * `loadSources` imports it only when more than one source loaded, so a page
 * with one feed URL does not download it; the CLI imports it directly.
 */
import { FeedError } from './errors.js';
import { isRecord } from './checks.js';
import { rowId } from './parse.js';
import type { NativeResult } from './sources.js';

/**
 * JSON with object keys sorted: equal for rows equal in content. Rows are
 * untrusted and may nest to any depth, so the walk uses an explicit stack,
 * never recursion; an object met again inside itself is written as
 * `"[circular]"` instead of looping.
 */
export function stableKey(root: unknown): string {
  let out = '';
  const open = new Set<unknown>();
  // Text to write, a value to write, or an object or array to leave.
  const stack: (string | { value: unknown } | { leave: unknown })[] = [{ value: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (typeof step === 'string') out += step;
    else if ('leave' in step) open.delete(step.leave);
    else {
      const { value } = step;
      const array = Array.isArray(value);
      if (!array && !isRecord(value)) out += JSON.stringify(value) ?? 'null';
      else if (open.has(value)) out += '"[circular]"';
      else {
        open.add(value);
        const entries: [string, unknown][] = array
          ? value.map((item) => ['', item])
          : Object.keys(value)
              .filter((k) => value[k] !== undefined)
              .sort()
              .map((k) => [`${JSON.stringify(k)}:`, value[k]]);
        // Pushed in reverse: the stack gives them back in order.
        stack.push({ leave: value }, array ? ']' : '}');
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1] }, (i ? ',' : '') + entries[i]![0]);
        stack.push(array ? '[' : '{');
      }
    }
  }
  return out;
}

/**
 * Merges native feeds into one: `version: 1`, the first organization any
 * source has, and every posting in source order.
 *
 * Ids must be unique across the merged feed. A row whose id an earlier source
 * already used is dropped when it is identical to that earlier row (the same
 * posting listed twice); otherwise its id becomes `<id>~<n>`, `n` being the
 * 1-based position of its source (`~<n>.2`, `~<n>.3`… if that is taken too),
 * and `translationOf` references inside that source follow the rename.
 * Duplicates within one source are left alone: `parseFeed` reports them.
 * A single feed is returned untouched; with several, each must have
 * `version: 1` and a `postings` array, else a `schema` FeedError names it.
 */
export function mergeFeeds(results: readonly MergeInput[]): unknown {
  return mergeFeedsTraced(results).feed;
}

/**
 * A feed to merge. `position`: its 0-based place among all the sources asked
 * for (default: its index), so renamed ids and origins stay the same when an
 * earlier source failed.
 */
export type MergeInput = Pick<NativeResult, 'feed'> & { readonly position?: number };

/** Where a merged row came from: source position and row index there (0-based). */
export interface RowOrigin {
  readonly source: number;
  readonly index: number;
}

/** `mergeFeeds`, plus the origin of every merged row (for reports). */
export function mergeFeedsTraced(results: readonly MergeInput[]): {
  feed: unknown;
  origins: RowOrigin[];
} {
  if (results.length === 1) {
    const { feed, position = 0 } = results[0]!;
    const rows = isRecord(feed) && Array.isArray(feed['postings']) ? feed['postings'] : [];
    return { feed, origins: rows.map((_, index) => ({ source: position, index })) };
  }
  let organization: unknown;
  const postings: unknown[] = [];
  const origins: RowOrigin[] = [];
  /** id → stable key of the first row that holds it, over earlier sources. */
  const taken = new Map<string, string>();
  results.forEach(({ feed, position }, i) => {
    const source = position ?? i;
    const n = source + 1;
    if (!isRecord(feed) || feed['version'] !== 1 || !Array.isArray(feed['postings'])) {
      throw new FeedError('schema', `Feed ${n} of ${results.length} is not a careers feed v1`);
    }
    if (organization === undefined && feed['organization'] !== undefined) organization = feed['organization'];
    const rows: readonly unknown[] = feed['postings'];
    const own = new Set(rows.map(rowId).filter((id) => id !== undefined));
    const renames = new Map<string, string>();
    const kept: [unknown, number][] = [];
    rows.forEach((row, index) => {
      const id = rowId(row);
      if (id === undefined || !taken.has(id)) kept.push([row, index]);
      else if (taken.get(id) !== stableKey(row)) {
        let fresh = renames.get(id);
        if (fresh === undefined) {
          fresh = `${id}~${n}`;
          for (let k = 2; taken.has(fresh) || own.has(fresh); k++) fresh = `${id}~${n}.${k}`;
          renames.set(id, fresh);
        }
        kept.push([{ ...(row as Record<string, unknown>), id: fresh }, index]);
      } // else: the very same posting again, dropped
    });
    for (const [row, index] of kept) {
      const target = isRecord(row) && typeof row['translationOf'] === 'string' ? row['translationOf'].trim() : '';
      const renamed = renames.get(target);
      const out = renamed === undefined ? row : { ...(row as Record<string, unknown>), translationOf: renamed };
      postings.push(out);
      origins.push({ source, index });
      const id = rowId(out);
      if (id !== undefined && !taken.has(id)) taken.set(id, stableKey(out));
    }
  });
  return { feed: { version: 1, ...(organization === undefined ? {} : { organization }), postings }, origins };
}
