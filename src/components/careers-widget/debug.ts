/**
 * What the `debug` attribute shows site owners and visitors never see: the
 * precise reason a feed failed (with its HTTP status), rows skipped for
 * errors, and the developer's details (in English, as in the console and
 * the events). A lazy chunk: only a page with `debug` loads it.
 */
import { html, type TemplateResult } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { LoadedFeed } from '../../feed/pipeline.js';
import { formatNumber } from '../../i18n/format.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../i18n/plural.js';

/** The precise, localized reason a feed cannot be shown; `visitor`: what visitors read, for the rest. */
export function errorMessage(error: FeedError, visitor: string): string {
  const { status } = error;
  switch (error.kind) {
    case 'http':
      return status === undefined
        ? visitor
        : msg(str`The job listings couldn't be loaded (error ${status}).`, {
            id: 'error.http',
            desc: 'The server answered with an HTTP error; status is a number like 404',
          });
    case 'parse':
      return msg("The job listings are damaged and can't be read.", { id: 'error.parse', desc: 'The feed is not JSON' });
    case 'schema':
      return msg("The job listings are in a format this page can't read.", {
        id: 'error.schema',
        desc: 'The feed is JSON but not a job feed',
      });
    default:
      return visitor;
  }
}

export const skippedNotice = (n: number, count: string, locale: string): string =>
  plural(n, locale, {
    zero: () =>
      msg(str`${count} postings could not be shown because of errors in the job feed.`, {
        id: 'notice.skipped.zero',
        desc: 'Some feed rows were invalid; plural form "zero": Arabic 0 (elsewhere unused: write the "other" form)',
      }),
    one: () =>
      msg(str`${count} posting could not be shown because of an error in the job feed.`, {
        id: 'notice.skipped.one',
        desc: 'Some feed rows were invalid; plural form "one": 1 (French: 0 and 1)',
      }),
    two: () =>
      msg(str`${count} postings could not be shown because of errors in the job feed.`, {
        id: 'notice.skipped.two',
        desc: 'Some feed rows were invalid; plural form "two": Arabic 2 (elsewhere unused: write the "other" form)',
      }),
    few: () =>
      msg(str`${count} postings could not be shown because of errors in the job feed.`, {
        id: 'notice.skipped.few',
        desc: 'Some feed rows were invalid; plural form "few": Polish 2–4, 22–24…; Arabic 3–10, 103–110… (elsewhere unused: write the "other" form)',
      }),
    many: () =>
      msg(str`${count} postings could not be shown because of errors in the job feed.`, {
        id: 'notice.skipped.many',
        desc: 'Some feed rows were invalid; plural form "many": Polish 0, 5–21, 25–31…; Arabic 11–99; French, Spanish, Italian, Portuguese: whole millions (1,000,000)',
      }),
    other: () =>
      msg(str`${count} postings could not be shown because of errors in the job feed.`, {
        id: 'notice.skipped.other',
        desc: 'Some feed rows were invalid; plural form "other": every other number',
      }),
  });

/** The developer's details, in English (like the console and the events), set apart from the UI language. */
export const debugNote = (text: string): TemplateResult =>
  html`<p class="notice" part="notice debug" lang="en" dir="ltr">${text}</p>`;

/** After a load: the rows skipped (localized), then the counts a site owner checks. */
export function loadedNotes(loaded: LoadedFeed, locale: string): TemplateResult {
  const { skipped } = loaded;
  const failed = loaded.failedSources.map((f) => f.message).join('; ');
  return html`${skipped ? html`<p class="notice" part="notice">${skippedNotice(skipped, formatNumber(skipped, locale), locale)}</p>` : ''}
  ${debugNote(
    `${loaded.postings.length} postings (${loaded.formats.join(', ')}); ${skipped} rows skipped, ${loaded.droppedFields} values left out, ${loaded.unresolvedLocations} locations without a country${failed ? `; failed: ${failed}` : ''}. Details: the console and the careers-load event.`,
  )}`;
}
