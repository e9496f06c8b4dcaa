/**
 * What the console tells a site owner about a load: sources left out, rows
 * skipped, fields left out, locations without a country. A lazy chunk: a
 * clean feed never downloads it (`loadFeed` loads it only when there is
 * something to say).
 */
import type { FailedSource } from './errors.js';
import type { DroppedField, ParsedFeed, SkippedPosting } from './parse.js';
import type { SourceFormat } from './formats.js';
import type { UnresolvedPlace } from './adapters/types.js';

/** The console lines of one load: warnings first, then `places`, the first unresolved places (see `MAX_PLACES` in pipeline.ts). */
export function reportLoad(
  native: {
    readonly formats: readonly SourceFormat[];
    readonly unresolvedLocations: readonly UnresolvedPlace[];
    readonly failedSources: readonly FailedSource[];
  },
  parsed: ParsedFeed,
  places: readonly UnresolvedPlace[],
): void {
  for (const failed of native.failedSources) {
    console.warn(`careers-widget: feed source left out: ${failed.message}`);
  }
  if (parsed.skipped.length) console.warn(describeSkipped(parsed.skipped));
  if (parsed.dropped.length) console.warn(describeDropped(parsed.dropped));
  if (places.length) {
    console.info(
      `careers-widget: ${native.unresolvedLocations.length} location(s) in the ${native.formats.join('/')} feed named no recognisable country; those postings show under "All countries": ${places.map(describePlace).join(', ')}.`,
    );
  }
}

/** `"Dublin" (posting 42)`. */
export const describePlace = ({ text, id }: UnresolvedPlace): string =>
  `${JSON.stringify(text)}${id === undefined ? '' : ` (posting ${JSON.stringify(id)})`}`;

/** One line naming the first few skipped rows, for a single console warning. */
export function describeSkipped(skipped: readonly SkippedPosting[], limit = 3): string {
  const shown = skipped
    .slice(0, limit)
    .map((s) => `#${s.index}${s.id ? ` "${s.id}"` : ''} (${s.reasons.slice(0, 2).join('; ')})`);
  const more = skipped.length > limit ? `, and ${skipped.length - limit} more` : '';
  return `careers-widget: skipped ${skipped.length} invalid posting(s): ${shown.join(', ')}${more}.`;
}

/** One line naming the first few dropped fields, for a single console warning. */
export function describeDropped(dropped: readonly DroppedField[], limit = 3): string {
  const shown = dropped.slice(0, limit).map((d) => `${d.path}${d.id ? ` of "${d.id}"` : ''} (${d.reason})`);
  const more = dropped.length > limit ? `, and ${dropped.length - limit} more` : '';
  return `careers-widget: left out ${dropped.length} invalid field(s) and kept the rest: ${shown.join(', ')}${more}.`;
}
