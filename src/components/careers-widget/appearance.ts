/**
 * What `theme`, `layout` and `group-by` add to the widget: a lazy chunk that
 * only widgets setting one of them download (beside the feed pipeline, and
 * awaited with it, so their first card already looks as configured). The
 * default look (colours from the page, a grid of cards, no groups) needs
 * none of it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { themeStyles } from '../../generated/theme.styles.js';
import { groupPostings } from '../../model/group.js';
import type { Posting } from '../../model/posting.js';
import { countryName } from '../../i18n/names.js';
import { formatNumber } from '../../i18n/format.js';
import { labels } from './messages.js';

export const appearanceStyles = [
  themeStyles,
  css`
  :host([layout='list']) .list {
    grid-template-columns: 1fr;
  }

  /* One line per posting: title, location and type, as a table of contents reads. */
  :host([layout='compact']) .list {
    display: block;
  }

  :host([layout='compact']) .card {
    flex-flow: row wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding-inline: 0;
    padding-block: 0.75rem;
    background: none;
    border-width: 0;
    border-block-end-width: 1px;
    border-radius: 0;
  }

  :host([layout='compact']) .title {
    flex: 1 1 16rem;
    font-size: 1em;
  }

  :host([layout='compact']) :is(.summary, .extra, .card-actions, [part~='workplace'], [part~='department']) {
    display: none;
  }

  .group-title {
    margin-block: var(--_spacing) 0.5rem;
    font-size: 1.25em;
  }

  .group-title span {
    color: var(--_muted);
    font-weight: normal;
  }

`,
];

/**
 * The list under a heading per group (`group-by`). Headings are at `level`
 * (the widget's `heading-level`; the cards' are one below), with the
 * group's count; a group shows the cards of the pages shown so far.
 */
export function renderGroups(
  results: readonly Posting[],
  shown: readonly Posting[],
  by: 'department' | 'country',
  level: number,
  locale: string,
  list: (postings: readonly Posting[], name: string) => TemplateResult,
): (TemplateResult | typeof nothing)[] {
  const visible = new Set(shown);
  const name = (key: string) => (by === 'country' ? countryName(key, locale) : key);
  return groupPostings(results, by, name, labels.otherGroup(), locale).map((group) => {
    const postings = group.postings.filter((p) => visible.has(p));
    // A heading of any level without a template per level: role and aria-level, as <hN> would be.
    return postings.length
      ? html`<section class="group" part="group">
          <p class="group-title" part="group-title" role="heading" aria-level=${level}>
            <bdi>${group.label}</bdi> <span>(${formatNumber(group.postings.length, locale)})</span>
          </p>
          ${list(postings, group.label)}
        </section>`
      : nothing;
  });
}
