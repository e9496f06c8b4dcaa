import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedOrganization } from '../../feed/schema.js';
import type { Posting } from '../../model/posting.js';
import { safeHref } from '../../model/url.js';
import { sanitizeDescription, sanitizedHtml, sanitizerFor } from '../../detail/sanitize.js';
import { jobPostingData, sectionsHtml, serializeJsonLd } from '../../detail/structured-data.js';
import { renderMeta } from '../careers-widget/render-card.js';
import { inCatalog, type Catalog } from '../../i18n/localize.js';
import { textDirection } from '../../i18n/direction.js';
import { detailLabels } from './messages.js';
import { styles } from './careers-posting.styles.js';

type Level = 2 | 3 | 4 | 5 | 6;

/** `<hN>` for a level known only at run time; Lit cannot bind a tag name. */
const heading = (level: Level, content: unknown, attrs: { part: string; lang: string; focusable?: boolean }) => {
  const tabindex = attrs.focusable ? '-1' : undefined;
  switch (level) {
    case 2:
      return html`<h2 part=${attrs.part} lang=${attrs.lang} tabindex=${tabindex ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${attrs.part} lang=${attrs.lang} tabindex=${tabindex ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${attrs.part} lang=${attrs.lang} tabindex=${tabindex ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${attrs.part} lang=${attrs.lang} tabindex=${tabindex ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${attrs.part} lang=${attrs.lang} tabindex=${tabindex ?? nothing}>${content}</h6>`;
  }
};

/**
 * One posting in full: title, facts, description (sanitized HTML), titled
 * lists, the company and an Apply link. `<careers-widget>` renders it for
 * `detail="inline"`, `detail="dialog"` and `posting`; it is loaded lazily
 * with the sanitizer, so the list view never pays for it.
 *
 * While connected with a posting it keeps one schema.org `JobPosting`
 * JSON-LD script in `document.head` (unless `structuredData` is false) and
 * removes it when it disconnects: Google reads structured data only from the
 * job's own view, describing what that view shows.
 *
 * @tag careers-posting
 * @summary The detail view of one job posting (used by careers-widget).
 *
 * @csspart detail - The article.
 * @csspart detail-title - The heading.
 * @csspart description - The description.
 * @csspart section - Each titled list; also `section-title`.
 * @csspart apply-button - The Apply link.
 * @csspart back-button - The Back or Close button.
 */
export class CareersPosting extends LitElement {
  static override styles = styles;

  // Set by the widget, never from markup: no attributes. Static, not decorators, so no decorator code ships.
  static override properties = {
    posting: { attribute: false },
    organization: { attribute: false },
    headingLevel: { attribute: false },
    locale: { attribute: false },
    catalog: { attribute: false },
    now: { attribute: false },
    applyHref: { attribute: false },
    structuredData: { attribute: false },
    control: { attribute: false },
    onClose: { attribute: false },
    onApply: { attribute: false },
  };

  posting?: Posting;
  organization?: FeedOrganization;
  /** Level of the detail's heading; sections and description headings sit below it. */
  headingLevel: Level = 3;
  /** Locale of names, dates and numbers. */
  locale = 'en';
  /** The strings of the widget that shows this posting (its locale, its overrides); none: English. */
  catalog?: Catalog;
  now: Date = new Date(0);
  /** The Apply link (campaign parameters included), if any. */
  applyHref?: string;
  structuredData = true;
  /** The control above the article. */
  control: 'back' | 'close' | 'none' = 'none';
  onClose: () => void = () => undefined;
  onApply: (href: string) => void = () => undefined;

  /** The sanitized description, made once per posting and level. */
  private description?: DocumentFragment;
  private jsonLd?: HTMLScriptElement;

  /** Moves focus to the heading (a programmatic target, `tabindex="-1"`). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="detail-title"]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeJsonLd();
  }

  /** Renders with the owning widget's strings, not a page-wide locale. */
  protected override performUpdate(): void {
    inCatalog(this.catalog, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('posting') || changed.has('headingLevel')) {
      const source = this.posting?.description?.trim();
      this.description = source ? sanitizeDescription(source, { headingLevel: this.headingLevel }) : undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('posting') || changed.has('organization') || changed.has('structuredData') || changed.has('headingLevel')) {
      this.writeJsonLd();
    }
  }

  private removeJsonLd(): void {
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  private writeJsonLd(): void {
    this.removeJsonLd();
    const posting = this.posting;
    if (!posting || !this.structuredData || !this.isConnected) return;
    const description =
      (posting.description?.trim() ? sanitizedHtml(posting.description, { headingLevel: this.headingLevel }) : '') +
      (posting.sections?.length ? sectionsHtml(posting.sections) : '');
    const data = jobPostingData(posting, {
      organization: this.organization,
      description,
      pageUrl: window.location.href,
    });
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset['careersPosting'] = posting.id;
    // A script's text is a Trusted Types sink even for JSON; the policy vouches for our own escaped JSON.
    const text = sanitizerFor(window).jsonLdText(serializeJsonLd(data));
    if (text === undefined) return; // the page refused our policy (the sanitizer already said so)
    try {
      (script as { text: unknown }).text = text;
    } catch (error) {
      console.error('careers-widget: could not add the JobPosting structured data.', error);
      return;
    }
    document.head.append(script);
    this.jsonLd = script;
  }

  protected override render(): TemplateResult | typeof nothing {
    const posting = this.posting;
    if (!posting) return nothing;
    const level = this.headingLevel;
    const sub = Math.min(level + 1, 6) as Level;
    const lang = posting.language;
    const apply = safeHref(this.applyHref);
    const org = this.organization;
    const logo = safeHref(org?.logo);
    return html`${this.renderControl()}
      <article class="detail" part="detail" dir=${textDirection(lang)}>
        <header class="header">
          ${org
            ? html`<p class="organization">
                ${logo
                  ? html`<img
                      class="logo"
                      src=${logo}
                      alt=""
                      width="40"
                      height="40"
                      @error=${(event: Event) => ((event.target as HTMLImageElement).hidden = true)}
                    />`
                  : nothing}
                <span class="visually-hidden">${detailLabels.organization()}</span>
                <span>${org.name}</span>
              </p>`
            : nothing}
          ${heading(level, posting.title, { part: 'detail-title', lang, focusable: true })}
          ${renderMeta(posting, this.locale, this.now)}
        </header>
        ${this.description
          ? html`<div class="description" part="description" lang=${lang}>${this.description}</div>`
          : posting.summary
            ? html`<p class="description" part="description" lang=${lang}>${posting.summary}</p>`
            : nothing}
        ${(posting.sections ?? []).map(
          (section) => html`<section class="section" part="section" lang=${lang}>
            ${heading(sub, section.title, { part: 'section-title', lang })}
            <ul>
              ${section.items.map((item) => html`<li>${item}</li>`)}
            </ul>
          </section>`,
        )}
        ${apply
          ? html`<p class="actions">
              <a class="apply" part="apply-button" href=${apply} @click=${() => this.onApply(apply)}
                >${detailLabels.apply()}</a
              >
            </p>`
          : nothing}
      </article>`;
  }

  private renderControl(): TemplateResult | typeof nothing {
    if (this.control === 'none') return nothing;
    const label = this.control === 'back' ? detailLabels.back() : detailLabels.close();
    return html`<p class="control">
      <button type="button" class=${this.control} part="button back-button" @click=${() => this.onClose()}>
        ${label}
      </button>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-posting': CareersPosting;
  }
}
