import { feedEnvelopeSchema, postingSchema } from './schema.js';
import type { FeedOrganization, FeedPosting } from './schema.js';
import { FeedError } from './errors.js';
import { formatIssue } from './issues.js';
import { isRecord } from './checks.js';

/** A row that was left out, and why. */
export interface SkippedPosting {
  /** Position in the feed's `postings` array. */
  readonly index: number;
  /** The row's id, when it had a usable one. */
  readonly id?: string;
  /** One "path: reason" line per problem. */
  readonly reasons: readonly string[];
}

/** A validated feed: every good row, and an account of every bad one. */
export interface ParsedFeed {
  readonly organization?: FeedOrganization;
  readonly postings: readonly FeedPosting[];
  readonly skipped: readonly SkippedPosting[];
}

/** A raw row's id, trimmed, when it has a non-empty string one. */
export function rowId(row: unknown): string | undefined {
  const id = isRecord(row) ? row['id'] : undefined;
  return typeof id === 'string' && id.trim() ? id.trim() : undefined;
}

/**
 * Validates a native v1 feed. The envelope must be valid (else a `schema`
 * FeedError); each posting is validated on its own so bad rows are skipped
 * and reported while the rest survives. Ids must be unique: later duplicates
 * are skipped.
 */
export function parseFeed(data: unknown): ParsedFeed {
  const envelope = feedEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const detail = envelope.error.issues.slice(0, 3).map((i) => formatIssue(i)).join('; ');
    throw new FeedError('schema', `The feed is not a careers feed v1: ${detail}`);
  }
  const postings: FeedPosting[] = [];
  const skipped: SkippedPosting[] = [];
  const seen = new Set<string>();
  envelope.data.postings.forEach((row, index) => {
    const prefix = `postings[${index}]`;
    const result = postingSchema.safeParse(row);
    const id = rowId(row);
    if (!result.success) {
      skipped.push({ index, id, reasons: result.error.issues.map((i) => formatIssue(i, prefix)) });
    } else if (seen.has(result.data.id)) {
      skipped.push({ index, id, reasons: [`${prefix}.id: duplicate id "${result.data.id}"`] });
    } else {
      seen.add(result.data.id);
      postings.push(result.data);
    }
  });
  return { organization: envelope.data.organization, postings, skipped };
}

/** One line naming the first few skipped rows, for a single console warning. */
export function describeSkipped(skipped: readonly SkippedPosting[], limit = 3): string {
  const shown = skipped
    .slice(0, limit)
    .map((s) => `#${s.index}${s.id ? ` "${s.id}"` : ''} (${s.reasons.slice(0, 2).join('; ')})`);
  const more = skipped.length > limit ? `, and ${skipped.length - limit} more` : '';
  return `careers-widget: skipped ${skipped.length} invalid posting(s): ${shown.join(', ')}${more}.`;
}
