import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Posting } from '../../model/posting.js';
import { countryName } from '../../i18n/names.js';
import { textDirection } from '../../i18n/direction.js';
import { formatList, formatPosted, formatSalaryAmount } from '../../i18n/format.js';
import { safeHref } from '../../model/url.js';
import type { FeedSalary } from '../../feed/schema.js';
import {
  applyLabel,
  applyName,
  employmentTypeLabel,
  labels,
  remoteIn,
  salaryFrom,
  salaryLabel,
  salaryUpTo,
  workplaceLabel,
} from './messages.js';
import type { LinkTarget, OpenMode } from './options.js';

export interface CardContext {
  readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  readonly linkTarget: LinkTarget;
  /** Locale for names, dates and numbers. */
  readonly locale: string;
  /** The moment relative dates ("3 days ago") count from. */
  readonly now: Date;
  /** Dates as "3 days ago" rather than as dates, for the whole list. */
  readonly relativeDates: boolean;
  /** How each posting opens. */
  readonly openMode: (posting: Posting) => OpenMode;
  /**
   * The title link's href for a posting that opens in the widget: its
   * deep link when the widget syncs the URL, else its own page, else none
   * (the title is then a button).
   */
  readonly detailHref: (posting: Posting) => string | undefined;
  /** The Apply link on the card (`apply-on-card`), when the posting has an `applyUrl`. */
  readonly applyHref?: (posting: Posting) => string | undefined;
  readonly onLinkClick: (posting: Posting, event: MouseEvent) => void;
  readonly onApplyClick: (posting: Posting, href: string) => void;
}

/**
 * "€70,000 – €90,000 per year", "from $80,000", "up to 5,000 CHF per month":
 * one bound alone says which one it is.
 */
export function salaryText(salary: FeedSalary, locale: string): string {
  const amount = formatSalaryAmount(salary, locale);
  const ranged =
    salary.min !== undefined && salary.max === undefined
      ? salaryFrom(amount)
      : salary.max !== undefined && salary.min === undefined
        ? salaryUpTo(amount)
        : amount;
  return salaryLabel(ranged, salary.period);
}

const headings = {
  2: (content: unknown, lang: string) => html`<h2 class="title" part="title" lang=${lang}>${content}</h2>`,
  3: (content: unknown, lang: string) => html`<h3 class="title" part="title" lang=${lang}>${content}</h3>`,
  4: (content: unknown, lang: string) => html`<h4 class="title" part="title" lang=${lang}>${content}</h4>`,
  5: (content: unknown, lang: string) => html`<h5 class="title" part="title" lang=${lang}>${content}</h5>`,
  6: (content: unknown, lang: string) => html`<h6 class="title" part="title" lang=${lang}>${content}</h6>`,
};

/** "Berlin, Germany · Paris, France", or "Remote (Germany, France)". */
export function locationText(posting: Posting, locale: string): string {
  const places = posting.locations
    .map((l) => [l.city, l.country ? countryName(l.country, locale) : l.region].filter(Boolean).join(', '))
    .filter(Boolean);
  if (posting.workplace === 'remote' && places.length === 0) {
    return posting.remoteCountries.length
      ? remoteIn(formatList(posting.remoteCountries.map((c) => countryName(c, locale)), locale))
      : labels.remote();
  }
  return formatList(places, locale);
}

function metaItem(label: string, value: TemplateResult | string, part: string): TemplateResult {
  return html`<div part="meta-item ${part}">
    <dt class="visually-hidden">${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/**
 * The facts of a card and of the detail view: where, how and in which team
 * (location · workplace · type · department, always in that order), then
 * pay and date on a line of their own (left out when the posting has
 * neither). `relative`: "3 days ago" rather than a date (one style per list:
 * see `datesRelative`).
 */
export function renderMeta(posting: Posting, locale: string, now: Date, relative = true): TemplateResult {
  const location = locationText(posting, locale);
  // In the UI language, so in its direction: "3 days ago" stays whole in the card of an Arabic posting.
  const dir = textDirection(locale);
  // An undated posting shows no date (none is made up); with no pay either, the second line goes.
  const date = posting.datePosted;
  return html`<dl class="meta" part="meta" dir=${dir}>
      ${location ? metaItem(labels.location(), location, 'location') : nothing}
      ${posting.workplace && !(posting.workplace === 'remote' && posting.locations.length === 0)
        ? metaItem(labels.workplaceMeta(), workplaceLabel(posting.workplace), 'workplace')
        : nothing}
      ${posting.employmentType ? metaItem(labels.typeMeta(), employmentTypeLabel(posting.employmentType), 'type') : nothing}
      ${posting.department ? metaItem(labels.departmentMeta(), posting.department, 'department') : nothing}
    </dl>
    ${posting.salary || date
      ? html`<dl class="meta extra" part="meta meta-extra" dir=${dir}>
          ${posting.salary ? metaItem(labels.salaryMeta(), salaryText(posting.salary, locale), 'salary') : nothing}
          ${date
            ? metaItem(labels.postedMeta(), html`<time datetime=${date}>${formatPosted(date, locale, now, relative)}</time>`, 'posted')
            : nothing}
        </dl>`
      : nothing}`;
}

/**
 * One posting card. The title link is its only interactive element. Title and
 * summary carry the posting's `lang` (screen readers switch pronunciation);
 * the meta line is in the UI language, so it does not, and takes the UI's
 * direction. The card takes the
 * direction of the posting's language: an Arabic posting reads right to left
 * in an English widget (`posting-language="all"`), and the reverse.
 */
export function renderCard(posting: Posting, ctx: CardContext): TemplateResult {
  const mode = ctx.openMode(posting);
  const blank = mode === 'link' && ctx.linkTarget === '_blank';
  const href = safeHref(mode === 'link' ? posting.url : ctx.detailHref(posting));
  const link = href
    ? html`<a
        class="link"
        part="link"
        href=${href}
        target=${ifDefined(blank ? '_blank' : undefined)}
        rel=${ifDefined(blank ? 'noopener noreferrer' : undefined)}
        aria-haspopup=${ifDefined(mode === 'dialog' ? 'dialog' : undefined)}
        @click=${(event: MouseEvent) => ctx.onLinkClick(posting, event)}
        >${posting.title}${blank ? html`<span class="visually-hidden"> ${labels.newTab()}</span>` : nothing}</a
      >`
    : html`<button
        type="button"
        class="link"
        part="link"
        aria-haspopup=${ifDefined(mode === 'dialog' ? 'dialog' : undefined)}
        @click=${(event: MouseEvent) => ctx.onLinkClick(posting, event)}
      >
        ${posting.title}
      </button>`;
  const apply = ctx.applyHref?.(posting);
  return html`<li
    class="card"
    part="card"
    data-id=${posting.id}
    data-language=${posting.language}
    dir=${textDirection(posting.language)}
  >
    ${headings[ctx.headingLevel](link, posting.language)} ${renderMeta(posting, ctx.locale, ctx.now, ctx.relativeDates)}
    ${posting.summary
      ? html`<p class="summary" part="summary" lang=${posting.language}>${posting.summary}</p>`
      : nothing}
    ${apply
      ? html`<p class="card-actions">
          <a
            class="apply"
            part="apply-link"
            href=${apply}
            aria-label=${applyName(posting.title)}
            @click=${() => ctx.onApplyClick(posting, apply)}
            >${applyLabel()}</a
          >
        </p>`
      : nothing}
  </li>`;
}
