/** Sentences of the detail controller's chunk: notes about shared links that are out of date. */
import { msg } from '../../i18n/localize.js';

/** A shared link names a posting that is gone (or `posting` names an unknown id). */
export const postingGone = (): string =>
  msg('This job is no longer available. Here are our current openings.', {
    id: 'link.posting-gone',
    desc: 'Polite note when a shared link points to a job that was removed',
  });

/** A shared link's filters no longer match (a country without jobs now). */
export const linkOutdated = (): string =>
  msg('Some filters from your link no longer apply, so they were cleared.', {
    id: 'link.filters-outdated',
    desc: 'Polite note when a shared link has filters that match nothing any more',
  });
