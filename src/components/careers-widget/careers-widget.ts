import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FeedError, isRetryable, lazyModule } from '../../feed/errors.js';
import { startRequests } from '../../feed/load.js';
import type { FeedOrganization } from '../../feed/schema.js';
import type { FeedTimers, LoadedFeed } from '../../feed/pipeline.js';
import type { FeedFormat } from '../../feed/formats.js';
import type { Posting } from '../../model/posting.js';
import { ALL_LANGUAGES, NO_FILTERS, type Filters } from '../../model/filters.js';
import { primaryLanguage } from '../../model/language.js';
import { buildView, type View, type ViewLabels } from '../../model/view.js';
import type { SortOrder } from '../../model/sort.js';
import { autonym, countryName, languageName } from '../../i18n/names.js';
import { DATE_STYLES, datesRelative, formatNumber, type DateStyle } from '../../i18n/format.js';
import type { Theme } from '../tokens.js';
import { safeLocale } from '../../i18n/tags.js';
import { inCatalog, type StringOverrides } from '../../i18n/localize.js';
import { matchUiLocale } from '../../localization.js';
import { LocaleController } from './locale-controller.js';
import {
  CareersApplyClickEvent,
  CareersErrorEvent,
  CareersFilterChangeEvent,
  CareersLoadEvent,
  CareersPostingClickEvent,
  postingDetail,
} from '../../events/careers-events.js';
import { safeHref } from '../../model/url.js';
import type { DetailController } from './detail-controller.js';
import { parseNow, systemClock } from '../../model/clock.js';
import { styles } from './careers-widget.styles.js';
import { addStyles } from '../add-styles.js';
import { LoadController } from './load-controller.js';
import { renderCard } from './render-card.js';
import { renderFilters } from './render-filters.js';
import { requestedLocales } from './locale.js';
import {
  employmentTypeLabel,
  labels,
  noPostingsInLanguage,
  resultCount,
  showMore,
  visitorErrorMessage,
  workplaceLabel,
} from './messages.js';
import {
  applyOnCard,
  parseApplyOnCard,
  DEFAULT_FILTERS,
  openModeFor,
  parseDetailMode,
  parseFilterControls,
  parseHeadingLevel,
  parseFormat,
  parseLinkTarget,
  parsePageSize,
  parseSort,
  parseTimeout,
  parseChoice,
  GROUP_BY,
  LAYOUTS,
  type ApplyOnCard,
  type DetailMode,
  type GroupBy,
  type Layout,
  type LinkTarget,
} from './options.js';

/**
 * A lazy chunk's download, started once and shared by every widget on the
 * page; a failed one is forgotten, so the next need (Retry, a click, another
 * widget) tries again.
 */
const chunk = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
};

/** The validation chunk. */
const loadPipeline = chunk(() => import('../../feed/pipeline.js'));
/** What `theme`, `layout` and `group-by` add. */
const loadAppearance = chunk(() => import('./appearance.js'));
/** Campaign parameters for Apply links (`source`, the page's `utm_*`). */
const loadCampaign = chunk(() => import('../../model/campaign.js'));
/** The detail controller (posting pages, deep links). */
const loadDetailController = chunk(() => import('./detail-controller.js'));

type Debug = typeof import('./debug.js');

/**
 * Shows a company's job postings as accessible, localized cards that visitors
 * filter by country, language and more.
 *
 * @tag careers-widget
 * @summary An embeddable list of job postings, filterable by country and language.
 *
 * @slot - Put a `<script type="application/json">` holding the feed here instead of using `src`, and one with `data-strings` holding wording overrides (see `strings`). Nothing is rendered from this slot.
 *
 * @fires careers-load - The feed was loaded; `detail`: `{count, skipped, droppedFields, languages, countries, formats, unresolvedLocations, unresolvedPlaces, failedSources, fromCache}` (`fromCache`: sources shown from a saved copy because their request failed, with why and `savedAt`).
 * @fires careers-error - The feed could not be used, or a part of the widget did not download (`kind` `network`); `detail`: `{kind, message, status?, failedSources?, refresh?}`.
 * @fires careers-filter-change - The visitor changed a filter; `detail`: the filters and `resultCount`.
 * @fires careers-posting-click - The visitor followed a posting link; `detail`: `{id, title, url}`.
 * @fires careers-posting-open - A posting's detail opened; `detail`: `{id, title, url, language, country}`.
 * @fires careers-apply-click - The visitor followed an Apply link; `detail`: `{id, title, url, language, country}` (`url`: the link followed).
 *
 * @csspart filters - The filter bar (a `form` with `role="search"`).
 * @csspart filter-panel - The selects of the filter bar; behind the Filters button on a narrow widget.
 * @csspart field - Each label + control pair; also `language-field`, `country-field`, `department-field`, `workplace-field`, `employmentType-field`, `search-field`.
 * @csspart label - Each filter label.
 * @csspart control - Each select and the search input.
 * @csspart select - Each select; also `language-select`, `country-select`, `department-select`, `workplace-select`, `employmentType-select`.
 * @csspart search-input - The search field.
 * @csspart status - The live result count.
 * @csspart notice - The refresh and stale notices, and the alert that a part of the widget did not download; with `debug`, the note about postings skipped for errors in the feed and the details.
 * @csspart debug - With `debug`: the developer's details about the feed (English), for site owners.
 * @csspart refresh-notice - "Couldn't refresh the job listings." above the postings kept from before, with a Retry button when trying again can help.
 * @csspart stale-notice - "These job listings may be out of date." (with a Retry button where trying again can help), above postings shown from the copy saved on an earlier visit because the feed could not be loaded.
 * @csspart group - With `group-by`: one group (a `section`), its heading and list.
 * @csspart group-title - A group's heading, with its count.
 * @csspart list - The list of cards (one per group with `group-by`).
 * @csspart card - One posting.
 * @csspart title - A card's heading.
 * @csspart link - A card's title link.
 * @csspart meta - A card's details: location, workplace, type, department; and (also `meta-extra`) pay and date.
 * @csspart meta-item - One detail; also `location`, `workplace`, `type`, `department`, `salary`, `posted`.
 * @csspart summary - A card's teaser text.
 * @csspart apply-link - The Apply link on a card (`apply-on-card`).
 * @csspart detail - The detail view of one posting (inline, in the dialog, or for `posting`).
 * @csspart detail-title - The detail's heading.
 * @csspart description - The detail's description (sanitized HTML).
 * @csspart section - Each titled list of the detail ("Requirements" …); also `section-title`.
 * @csspart apply-button - The detail's Apply link.
 * @csspart back-button - The detail's Back (inline) or Close (dialog) button.
 * @csspart dialog - The `<dialog>` of `detail="dialog"`.
 * @csspart link-notice - The polite note when a shared link names a posting or filter that no longer exists.
 * @csspart button - Every button; also `more-button`, `retry-button`, `clear-button`, `filters-button`, `language-button`.
 * @csspart error - The error box.
 * @csspart empty - The empty-state box.
 * @csspart loading - The loading message.
 *
 * (The `--careers-*` custom properties are listed in the manifest from `src/components/tokens.ts`, their one source.)
 */
export class CareersWidget extends LitElement {
  static override styles = styles;

  /**
   * Reactive properties and their attributes (kebab-case; a property whose
   * attribute is its name in lower case needs no \`attribute\`). Declared
   * here rather than with decorators: the same behaviour in fewer bytes. The
   * documentation is on each field below. Internal state says
   * `attribute: false` beside `state: true` (which implies it at run time)
   * so the manifest does not list it among the attributes.
   */
  static override properties = {
    src: {},
    format: {},
    feedLanguage: { attribute: 'feed-language' },
    locale: {},
    postingLanguage: { attribute: 'posting-language' },
    country: {},
    department: {},
    filters: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    linkTarget: { attribute: 'link-target' },
    sort: {},
    theme: { reflect: true },
    layout: { reflect: true },
    groupBy: { attribute: 'group-by' },
    dateStyle: { attribute: 'date-style' },
    label: {},
    now: { converter: { fromAttribute: parseNow } },
    feed: { attribute: false },
    detail: {},
    applyOnCard: { attribute: 'apply-on-card' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    urlPrefix: { attribute: 'url-prefix' },
    syncTitle: { attribute: 'sync-title', type: Boolean },
    posting: {},
    structuredData: { attribute: 'structured-data' },
    source: {},
    sourceParam: { attribute: 'source-param' },
    timeout: { type: Number },
    strings: { attribute: false },
    debug: { type: Boolean },
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    cache: {},
    selection: { state: true, attribute: false },
    visibleCount: { state: true, attribute: false },
    inlineFeed: { state: true, attribute: false },
    inlineStrings: { state: true, attribute: false },
    refreshFailed: { state: true, attribute: false },
    debugView: { state: true, attribute: false },
    detailController: { state: true, attribute: false },
    detailUnavailable: { state: true, attribute: false },
    missingPart: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  /**
   * URL of the job feed; several space-separated URLs are fetched in parallel
   * and merged (e.g. one Personio XML per language). Relative URLs resolve
   * against the page.
   */
  src = '';

  /**
   * Format of the feed: `auto` (default: detected by shape), `careers` (the
   * native format v1), `greenhouse`, `lever`, `ashby`, `workable`,
   * `recruitee`, `smartrecruiters`, `personio`, `jsonld`, `breezy` or
   * `bamboohr`.
   */
  format: FeedFormat = 'auto';

  /**
   * Language of postings whose source does not name one (Lever, Ashby,
   * Workable, Personio without `?language=`). Default: the language of the
   * widget's locale. A URL's own `language` parameter wins.
   */
  feedLanguage = '';

  /**
   * UI locale, e.g. `fr` or `fr-CA`. Empty: the nearest ancestor `lang`, then
   * `<html lang>`, then the browser's languages, matched to the shipped
   * locales, else `en`. Each widget has its own: widgets in different
   * locales can share a page. The host's `dir` follows it (`rtl` for
   * Arabic, Hebrew, Persian, Urdu …) unless the page sets `dir` on the
   * element itself.
   */
  locale = '';

  /**
   * Which postings to show by language: a language tag (`fr` also matches
   * `fr-CA`), `all`, or empty for the UI locale's language.
   */
  postingLanguage = '';

  /** Initial country filter (ISO 3166-1 alpha-2). */
  country = '';

  /** Initial department filter, as written in the feed. */
  department = '';

  /**
   * Which filter controls show, space separated, from `country language
   * department workplace type search`; `none` for none.
   */
  filters = DEFAULT_FILTERS;

  /** Cards shown at first and added by each "Show more". */
  pageSize = 20;

  /** Level of each card's heading, 2 to 6. */
  headingLevel = 3;

  /** `_self` (default) or `_blank` (adds `rel="noopener noreferrer"`). */
  linkTarget: LinkTarget = '_self';

  /** `newest` (default) or `title`. */
  sort: SortOrder = 'newest';

  /**
   * Colours: `inherit` (default: the page's text colour, no background of
   * its own), `light`, `dark`, or `auto` (light or dark by the visitor's
   * `prefers-color-scheme`). Styles only; `--careers-*` tokens win.
   * Reflected, for the styles; unset (no attribute) means `inherit`.
   */
  theme?: Theme;

  /**
   * `grid` (default: cards in columns), `list` (cards in one column) or
   * `compact` (one line per posting). Reflected, for the styles; unset means `grid`.
   */
  layout?: Layout;

  /**
   * `none` (default), `department` or `country` (a posting's first): the
   * list under a heading per group, at `heading-level`, its cards one level
   * below; groups sorted by name, the one without a value ("Other") last.
   */
  groupBy: GroupBy = 'none';

  /**
   * Posting dates, one style per list: `auto` (default: "3 days ago" when
   * every dated posting is at most 14 days old, else dates; an undated
   * posting shows none), `relative` or `absolute`.
   */
  dateStyle: DateStyle = 'auto';

  /**
   * Accessible name of the list of postings (default "Jobs"), also used to
   * name the filter bar ("Filter …"). Set it when a page shows several
   * widgets so assistive technology can tell their landmarks apart.
   */
  label = '';

  /**
   * The moment the widget treats as "now": postings whose `validThrough` has
   * passed are hidden and dates read "3 days ago" relative to it. Unset (the
   * default), the system clock is read at each load and render. Set it to
   * render a frozen snapshot (an archived page, a screenshot, a test); as an
   * attribute, an ISO 8601 date or date-time (`now="2026-11-15"`).
   */
  now?: Date;

  /** The feed as data, instead of `src`. Takes precedence over `src`. */
  feed?: unknown;

  /**
   * How a posting opens: `link` (its own page), `inline` (in place of the
   * list, with a Back button), `dialog` (a modal dialog), or empty/`auto`:
   * `inline` for a posting with a description or sections and no `url`,
   * else `link`.
   */
  detail: DetailMode | '' = '';

  /**
   * Apply links on the cards: `auto` (default) on each card whose posting
   * has an `applyUrl` other than its `url` and opens as a link, so the
   * detail view's Apply button is not there to use; `on` on every card whose
   * posting has an `applyUrl` (the attribute alone, `apply-on-card`, is
   * `on`); `off` on none.
   */
  applyOnCard: ApplyOnCard | '' = 'auto';

  /**
   * Keep the filters and the open posting in the page's query string
   * (`?job-country=FR&job-id=be-2`), so a copied link reopens the same view
   * and Back/Forward move between the list and a posting.
   */
  syncUrl = false;

  /** Prefix of the query parameters of `sync-url`; give each widget on a page its own. */
  urlPrefix = 'job-';

  /** While a posting is open, the page's `<title>` names it. */
  syncTitle = false;

  /** Show only this posting's detail (its id), for a page per job. */
  posting = '';

  /**
   * `off` stops the schema.org `JobPosting` JSON-LD the detail view puts in
   * `document.head` (for Google for Jobs) while a posting is shown.
   */
  structuredData = '';

  /**
   * A campaign value added to Apply links as `source-param` (default
   * `utm_source`), e.g. `source="careers-page"`; the page's own `utm_*`
   * parameters are passed on too. Never added to `mailto:` links.
   */
  source = '';

  /** Query parameter name for `source`, e.g. `gh_src` for Greenhouse. */
  sourceParam = 'utm_source';

  /**
   * Seconds each feed request may take, from sending it to the last byte of
   * the answer (default 15, at most 300; fractions allowed). A request that
   * takes longer fails with a `timeout` error, and is retried like network
   * errors (up to 2 retries).
   */
  timeout = 15;

  /**
   * Your own wording for any message, by message id (the README lists them
   * with their placeholders), for every locale or per locale:
   * `{ "list.label": "Open positions" }` or `{ "fr": { … }, "en": { … } }`.
   * A locale's entries win over entries for every locale, and this property
   * over a child `<script type="application/json" data-strings>`. A text
   * must keep its message's placeholders (`{count}`); one that does not, an
   * empty text or an unknown id is reported once in the console and the
   * shipped text stays. Assign a new object to change it.
   */
  strings?: StringOverrides;

  /**
   * Show site owners what visitors do not see: why the feed failed (the URL
   * and HTTP status), rows skipped for errors, values left out, locations
   * without a country. For setting a page up; leave it off in production.
   */
  debug = false;

  /**
   * Seconds a copy of a `src` feed, saved in `localStorage` each time it
   * loads, may still be shown (default 604800: 7 days; fractions allowed):
   * on the next visit at once, while the feed loads again, and in place of
   * the feed, with a note that it may be out of date, when that load fails.
   * The feed is requested on every visit all the same: to spare requests,
   * serve it with a `Cache-Control` header.
   */
  cacheTtl = 604800;

  /** `off`: the widget neither reads nor saves copies of the feed (see `cacheTtl`). */
  cache = '';

  /** @internal For tests: replaces the timers of feed requests (timeouts, retry waits, jitter). */
  timers?: FeedTimers;

  /** The visitor's choices; `language: ''` means "the default". */
  private selection: Filters = { ...NO_FILTERS, language: '' };

  private visibleCount = 20;

  private inlineFeed: string | null = null;
  private inlineStrings: string | null = null;

  /** @internal The UI language: locale, translations, overrides, `dir`; the detail view renders with its catalog too. */
  readonly i18n = new LocaleController(this, (part, error) => this.partFailed(part, error));

  /**
   * The last feed loaded from the current source: shown while a refresh is
   * pending and after a refresh failed (the Task drops its value on error).
   */
  private lastLoaded?: LoadedFeed;

  /** The last refresh failed; the kept postings show a notice (with Retry when it can help). */
  private refreshFailed = false;

  /** What `debug` shows; a lazy chunk, loaded when `debug` is set. */
  private debugView?: Debug;

  /** Posting pages and deep links; a lazy chunk, loaded when needed. */
  private detailController?: DetailController;
  private detailLoading?: Promise<DetailController>;
  /** The controller's chunk failed to download: a posting page shows the list instead of waiting. */
  private detailUnavailable = false;

  /**
   * @internal What lazy part could not be loaded (the detail view, a
   * translation), or `''`: while set, a notice says part of the widget is
   * missing. Its loader clears it once that part loads.
   */
  missingPart = '';

  private view?: View;
  private viewLabels?: ViewLabels;
  private labelsCatalog?: object;
  /** "Now" for this render: `now`, else the system clock, read once per update. */
  private renderNow: Date = new Date(0);
  /** On a narrow widget, whether the filter selects are shown (the Filters button). */
  private filtersOpen = false;

  /** `campaignHref`, once downloaded: only pages with a campaign to pass on (`source`, `utm_*` in the URL) load it. */
  private campaign?: typeof import('../../model/campaign.js');
  /** What `theme`, `layout` and `group-by` add, once downloaded (`appearance.ts`). */
  private appearance?: typeof import('./appearance.js');
  /** The optional parts on their way, by name: appearance, campaign, debug. */
  private readonly parts = new Map<string, Promise<void>>();

  /**
   * Loads an optional part once (`ready` takes the module, then the widget
   * renders again). A part that does not download is forgotten, so a later
   * update tries again; unless `quiet`, the page hears of it (`partFailed`)
   * and the widget goes on without it.
   */
  private loadPart<T>(name: string, load: () => Promise<T>, ready: (module: T) => void, quiet?: boolean): void {
    if (this.parts.has(name)) return;
    const loading = load().then(
      (module) => {
        ready(module);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.parts.delete(name);
        if (!quiet) this.partFailed(name, error);
      },
    );
    this.parts.set(name, loading);
  }

  /** The posting whose link takes focus after the next render ("Show more"). */
  private focusId?: string;

  private readonly loadTask = new LoadController(this, {
    // Not the locale: switching languages must not refetch the feed.
    task: ([src, feed, inline, format, feedLanguage, now], signal) =>
      this.load(src, feed, inline, format, feedLanguage.trim() || this.localeLanguage, now ?? systemClock(), signal),
    args: () => [this.src, this.feed, this.inlineFeed, this.format, this.feedLanguage, this.validNow] as const,
    onComplete: (loaded) => this.onLoaded(loaded),
    onError: (error) => this.onFailed(error),
  });

  /**
   * Every valid, current posting of the feed, in feed order. During a
   * refresh, and after one failed, those of the last feed loaded.
   */
  get postings(): readonly Posting[] {
    return this.shownFeed?.postings ?? [];
  }

  /** What the list shows: the loaded feed, else the one kept from before while refreshing. */
  private get shownFeed(): LoadedFeed | null | undefined {
    return this.loadTask.status === 'complete' ? this.loadTask.value : this.lastLoaded;
  }

  /** The postings that match the current filters, in display order. */
  get results(): readonly Posting[] {
    return this.view?.results ?? [];
  }

  /** The feed's organization, when it names one. */
  get organization(): FeedOrganization | undefined {
    return this.shownFeed?.organization;
  }

  /**
   * Resolves once the current feed load (if any) and locale switch have
   * settled, the result is rendered and the feed saved for the next visit:
   * what tests and hosts await instead
   * of timers. Unlike `updateComplete`, which means "rendered" as in any Lit
   * element and never waits for the network, this waits for the feed.
   */
  get loadComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete; // the first update starts the load
      // Loaded means saved for the next visit too (`cache`): the copy is written after the feed arrived.
      const loaded = await this.loadTask.settled();
      await Promise.all([loaded?.saved, this.i18n.settled, this.parts.get('debug')]);
      await this.updateComplete;
      // A posting page or a shared link: the detail it names is part of "loaded".
      const detail = await this.detailLoading?.catch(() => undefined);
      if (detail) {
        await detail.settled();
        await this.updateComplete;
      }
    })();
  }

  /** `now` when it is a valid date, else `undefined` (the system clock). */
  private get validNow(): Date | undefined {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : undefined;
  }

  /** Loads the feed again (what the Retry button does). */
  reload(): void {
    void this.loadTask.run();
  }

  /**
   * Watches the children for an inline feed added, replaced or edited after
   * connection (a CMS or a framework that renders the script later).
   */
  private readonly inlineObserver = new MutationObserver(() => this.readInlineFeed());

  override connectedCallback(): void {
    super.connectedCallback();
    void loadPipeline();
    this.readInlineFeed();
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver.disconnect();
  }

  /**
   * The text of the child `<script type="application/json">`, the feed (a
   * change reloads it), and of one with `data-strings`, wording overrides.
   */
  private readInlineFeed(): void {
    const text = (selector: string) => this.querySelector(`:scope > script[type="application/json"]${selector}`)?.textContent ?? null;
    this.inlineFeed = text(':not([data-strings])');
    this.inlineStrings = text('[data-strings]');
  }

  /** Loads the detail controller (once) and adds it to this element. */
  private withDetail(): Promise<DetailController> {
    return (this.detailLoading ??= loadDetailController().then(
      ({ DetailController: Controller }) => {
        this.missingPart = '';
        return (this.detailController ??= new Controller(this));
      },
      (error: unknown) => {
        this.detailLoading = undefined; // a later need may try again
        this.detailUnavailable = true;
        this.partFailed('detail', error);
        throw error;
      },
    ));
  }

  /**
   * @internal A lazy chunk did not download (or run): the page hears of it
   * (`careers-error`, kind `network`, naming the module), the visitor reads a
   * notice, the console has the error.
   */
  partFailed(part: string, error: unknown): void {
    if (this.missingPart === part) return; // said already (several calls waited for the same download)
    this.missingPart = part;
    console.warn(`careers-widget: could not load the ${part} module.`, error);
    this.dispatchEvent(new CareersErrorEvent({ kind: 'network', message: `Could not load the widget's ${part} module: ${(error as Error).message}` }));
  }

  /** @internal The filters applied now, after fallbacks. */
  get appliedFilters(): Filters {
    return this.view?.filters ?? NO_FILTERS;
  }

  /** @internal Sets the visitor's choices (a shared link's filters). */
  selectFilters(filters: Filters): void {
    this.selection = filters;
  }

  /** @internal The "now" of the current render. */
  get renderedNow(): Date {
    return this.renderNow;
  }

  /** @internal True once a feed is loaded (or kept during a refresh). */
  get feedReady(): boolean {
    return this.loadTask.status === 'complete' || this.lastLoaded !== undefined;
  }

  private async load(
    src: string,
    feed: unknown,
    inline: string | null,
    format: string,
    language: string,
    now: Date,
    signal: AbortSignal,
  ): Promise<LoadedFeed | null> {
    const urls = src.split(/\s+/u).filter(Boolean);
    const timeout = parseTimeout(this.timeout);
    // The feed requests go out now, while the pipeline chunk arrives and starts, not after it (their
    // first attempts; retries and saved copies work as before). A superseded load's signal ends them;
    // if the pipeline does not load, they finish unread (never an unhandled rejection).
    const started = feed == null ? startRequests(urls, document.baseURI, { signal, timeout, wait: this.timers?.timeout }) : undefined;
    const { loadFeed, savedCopies } = await lazyModule(loadPipeline(), 'feed');
    // Downloading beside the pipeline: the first card comes with its layout and colours, and its Apply
    // link with the campaign parameters.
    await Promise.all([this.parts.get('appearance'), this.parts.get('campaign')]);
    return loadFeed(
      {
        feed,
        urls,
        // Saved copies, of `src` feeds only.
        cache: urls.length && feed == null && this.cache.trim().toLowerCase() !== 'off' ? savedCopies(now, this.cacheTtl) : undefined,
        // The saved postings show until the network answers, unless postings are already shown (a refresh).
        onCached: (saved) => {
          if (this.lastLoaded) return;
          this.lastLoaded = saved;
          this.requestUpdate();
        },
        inline,
        format: parseFormat(format),
        language,
        baseUrl: document.baseURI,
        now,
        timeout,
        timers: this.timers,
        started,
      },
      signal,
    );
  }

  /** The language of the requested locale: what a source without languages is assumed to be in. */
  private get localeLanguage(): string {
    return primaryLanguage(this.requestedLanguages[0] ?? 'en');
  }

  private onLoaded(loaded: LoadedFeed | null): void {
    this.refreshFailed = false;
    this.lastLoaded = loaded ?? undefined;
    if (!loaded) return;
    const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
    this.dispatchEvent(
      new CareersLoadEvent({
        count: loaded.postings.length,
        skipped: loaded.skipped,
        droppedFields: loaded.droppedFields,
        languages: sorted(loaded.postings.map((p) => p.primaryLanguage)),
        countries: sorted(loaded.postings.flatMap((p) => p.countries)),
        formats: loaded.formats,
        unresolvedLocations: loaded.unresolvedLocations,
        unresolvedPlaces: loaded.unresolvedPlaces,
        failedSources: loaded.failedSources,
        fromCache: loaded.fromCache,
      }),
    );
  }

  private onFailed(error: unknown): void {
    const feedError = error instanceof FeedError ? error : new FeedError('parse', String(error));
    const refresh = this.lastLoaded !== undefined;
    this.refreshFailed = refresh;
    this.dispatchEvent(
      new CareersErrorEvent({
        kind: feedError.kind,
        message: feedError.message,
        ...(feedError.status === undefined ? {} : { status: feedError.status }),
        ...(feedError.failedSources === undefined ? {} : { failedSources: feedError.failedSources }),
        ...(refresh ? { refresh } : {}),
      }),
    );
  }

  /** The locale this widget asks for: its attribute, else inherited. */
  private get requestedLanguages(): string[] {
    return requestedLocales(this, this.locale);
  }

  /**
   * Locale for `Intl`: the requested one (`fr-CA` dates) when its language is
   * the active UI language and it maps to that UI locale, else the UI locale,
   * so names and sentences agree (a `zh-TW` browser shown the `zh-Hans` UI
   * for its next language, `zh-CN`, gets Simplified country names too).
   */
  private get displayLocale(): string {
    const ui = this.i18n.catalog.locale;
    const requested = this.requestedLanguages[0];
    return requested && primaryLanguage(requested) === primaryLanguage(ui) && matchUiLocale([requested]) === ui ? requested : ui;
  }

  /** Every update (`willUpdate`, `render`, the controllers) sees this widget's own strings. */
  protected override performUpdate(): void {
    this.i18n.resolve(this.requestedLanguages, { inline: this.inlineStrings, property: this.strings });
    inCatalog(this.i18n.catalog, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another source is another feed: nothing of the previous one stays on screen.
    if (['src', 'feed', 'inlineFeed', 'format', 'feedLanguage'].some((name) => changed.has(name))) {
      this.lastLoaded = undefined;
      this.refreshFailed = false;
    }
    const needsDetail =
      this.posting.trim() || this.syncUrl || ['inline', 'dialog'].includes(parseDetailMode(this.detail));
    // After a failed download, a visitor's click tries again; re-renders do not.
    if (needsDetail && !this.detailController && !this.detailUnavailable) void this.withDetail().catch(() => undefined);
    const themed = ['light', 'dark', 'auto'].includes(this.theme ?? '');
    const laidOut = parseChoice(this.layout, LAYOUTS) !== 'grid' || parseChoice(this.groupBy, GROUP_BY) !== 'none';
    if ((themed || laidOut) && !this.appearance) {
      // The default look stays if it does not download.
      this.loadPart('appearance', loadAppearance, (module) => {
        this.appearance = module;
        addStyles(this.renderRoot, module.appearanceStyles);
      });
    }
    // Apply links work without it, only without the campaign.
    if ((this.source.trim() || /[?&]utm_/.test(window.location.search)) && !this.campaign) {
      this.loadPart('campaign', loadCampaign, (module) => (this.campaign = module));
    }
    if (this.debug) this.loadPart('debug', () => import('./debug.js'), (module) => (this.debugView = module), true);
    if (changed.has('country')) this.selection = { ...this.selection, country: this.country.toUpperCase() };
    if (changed.has('department')) this.selection = { ...this.selection, department: this.department };
    if (changed.has('postingLanguage')) this.selection = { ...this.selection, language: '' };
    if (changed.has('pageSize') || changed.has('selection')) this.visibleCount = parsePageSize(this.pageSize);
    const requestedLanguage = this.requestedLanguages[0] ?? 'en';
    const language =
      this.selection.language ||
      (this.postingLanguage === ALL_LANGUAGES ? ALL_LANGUAGES : primaryLanguage(safeLocale([this.postingLanguage, requestedLanguage])));
    const locale = this.displayLocale;
    this.renderNow = this.validNow ?? systemClock();
    // One labels object per display locale and catalog (wording overrides make a new one): buildView keeps its work per labels object.
    if (this.viewLabels?.locale !== locale || this.labelsCatalog !== this.i18n.catalog) {
      this.labelsCatalog = this.i18n.catalog;
      this.viewLabels = {
        locale,
        country: (code) => countryName(code, locale),
        language: autonym,
        workplace: workplaceLabel,
        employmentType: employmentTypeLabel,
      };
    }
    this.view = buildView(this.postings, { ...this.selection, language }, parseSort(this.sort), this.viewLabels);
  }

  protected override updated(): void {
    if (this.focusId !== undefined) {
      // By id, not position: in groups the first new card may sit in any group.
      this.renderRoot.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(this.focusId)}"] .link`)?.focus();
      this.focusId = undefined;
    }
  }

  private async changeFilters(change: Partial<Filters>): Promise<void> {
    this.selection = { ...this.selection, ...change };
    await this.updateComplete;
    const { filters, results } = this.view!;
    this.detailController?.filtersChanged(filters);
    this.dispatchEvent(
      new CareersFilterChangeEvent({
        country: filters.country,
        language: filters.language,
        department: filters.department,
        workplace: filters.workplace,
        employmentType: filters.employmentType,
        query: filters.query,
        resultCount: results.length,
      }),
    );
  }

  private showMore(): void {
    this.focusId = this.view?.results[this.visibleCount]?.id;
    this.visibleCount += parsePageSize(this.pageSize);
  }

  /**
   * `target` (a posting's `applyUrl`, else its `url`) with the campaign
   * parameters: the page's `utm_*` and `source` (model/campaign.ts, a chunk
   * that pages with a campaign load beside the pipeline). Here, not in the
   * detail chunk, because cards show Apply links from their first render.
   */
  applyHref(target: string | undefined): string | undefined {
    const source = this.source.trim();
    if (!target || !this.campaign) return safeHref(target);
    return this.campaign.campaignHref(target, window.location.href, source ? { param: this.sourceParam.trim() || 'utm_source', value: source } : undefined);
  }

  /** The visitor followed an Apply link, on a card or in the detail view. */
  onApplyClick(posting: Posting, href: string): void {
    this.dispatchEvent(new CareersApplyClickEvent(postingDetail(posting, href, this.appliedFilters.country)));
  }

  private onLinkClick(posting: Posting, event: MouseEvent): void {
    this.dispatchEvent(new CareersPostingClickEvent({ id: posting.id, title: posting.title, url: posting.url ?? '' }));
    if (openModeFor(posting, parseDetailMode(this.detail)) === 'link') return;
    // A modified click (new tab or window) follows the link's deep link or page as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.withDetail().then(
      (detail) => detail.open(posting, 'push'),
      () => {
        // The chunk did not download (reported): the posting's own page still works.
        if (posting.url) window.location.assign(posting.url);
      },
    );
  }

  protected override render(): TemplateResult {
    const busy = this.loadTask.status === 'pending';
    // Refreshing, or a refresh failed: the postings loaded before stay.
    const kept = this.loadTask.status === 'complete' ? undefined : this.lastLoaded;
    // Postings from saved copies, standing in for sources that failed.
    const fromCache = this.shownFeed?.fromCache;
    // One template either way, so the kept cards are the same DOM (focus stays) when the refresh ends.
    return html`<div class="root" lang=${this.i18n.catalog.locale} aria-busy=${busy ? 'true' : 'false'}>
      ${this.missingPart ? html`<p class="notice" part="notice" role="alert">${labels.partMissing()}</p>` : nothing}
      ${kept && this.refreshFailed
        ? this.renderNotice(labels.refreshFailed(), 'refresh-notice', this.feedError)
        : fromCache?.length
          ? this.renderNotice(
              labels.stale(),
              'stale-notice',
              new FeedError('network', fromCache.map((s) => s.message).join('; '), undefined, { failedSources: fromCache }),
            )
          : nothing}
      ${kept
        ? this.renderLoaded(kept)
        : this.loadTask.status === 'error'
          ? this.renderError()
          : this.loadTask.status !== 'complete'
            ? this.renderLoading()
            : this.loadTask.value
              ? this.renderLoaded(this.loadTask.value)
              : html`<p part="empty">${labels.noFeed()}</p>`}
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="loading" part="loading" role="status">${labels.loading()}</p>`;
  }

  /** The error of the last load, as a `FeedError`. */
  private get feedError(): FeedError {
    const error = this.loadTask.error;
    return error instanceof FeedError ? error : new FeedError('parse', String(error));
  }

  /** A Retry button, where trying again may help: the network, a timeout, a server error (of any source). */
  private renderRetry(error: FeedError, primary = false): TemplateResult | typeof nothing {
    return isRetryable(error)
      ? html`<button type="button" class=${primary ? 'primary' : ''} part="button retry-button" @click=${() => this.reload()}>
          ${labels.retry()}
        </button>`
      : nothing;
  }

  /**
   * A discreet note above the postings: a failed refresh, or postings from
   * the saved copies because the feed could not be loaded (`error`: why, of
   * every source that failed). Retry where trying again can help.
   */
  private renderNotice(text: string, part: 'refresh-notice' | 'stale-notice', error: FeedError): TemplateResult {
    // Laid out like the language buttons of .alternatives, in the muted small type of .notice.
    return html`<div class="alternatives notice" part="notice ${part}" role="status">
        <span>${text}</span>
        ${this.renderRetry(error)}
      </div>
      ${this.debugNotes?.debugNote(error.message)}`;
  }

  /** The debug chunk while `debug` is set: precise reasons and counts for site owners. */
  private get debugNotes(): Debug | undefined {
    return this.debug ? this.debugView : undefined;
  }

  private renderError(): TemplateResult {
    const error = this.feedError;
    const retry = this.renderRetry(error, true);
    const visitor = visitorErrorMessage(error.kind, retry !== nothing);
    const debug = this.debugNotes;
    return html`<div class="error" part="error" role="alert">
      <p>${debug ? debug.errorMessage(error, visitor) : visitor}</p>
      ${debug?.debugNote(error.message)} ${retry}
    </div>`;
  }

  private renderLoaded(loaded: LoadedFeed): TemplateResult {
    const view = this.view!;
    const locale = this.displayLocale;
    const detail = this.detailController;
    // A posting page waits for its controller rather than flash the list.
    if (!detail && this.posting.trim() && !this.detailUnavailable) return this.renderLoading();
    const main = detail?.renderMain(locale);
    if (main) return main;
    return html`${detail?.renderNotice() ?? nothing}
      ${renderFilters({
        view,
        controls: parseFilterControls(this.filters),
        locale,
        label: this.label.trim(),
        open: this.filtersOpen,
        onToggle: () => (this.filtersOpen = !this.filtersOpen),
        onChange: (change) => void this.changeFilters(change),
        onClear: () => this.clearFilters(),
      })}
      ${this.renderStatus(view, loaded, locale)} ${this.renderList(view, locale)}
      ${this.debugNotes?.loadedNotes(loaded, locale)}
      ${detail?.renderDialog(locale) ?? nothing}`;
  }

  private renderStatus(view: View, loaded: LoadedFeed, locale: string): TemplateResult {
    const count = view.results.length;
    let text: string;
    if (loaded.postings.length === 0) text = labels.noPostings();
    else if (view.inLanguageCount === 0) text = noPostingsInLanguage(languageName(view.filters.language, locale));
    else if (count === 0) text = labels.noMatches();
    else {
      const country = view.filters.country ? countryName(view.filters.country, locale) : '';
      text = resultCount(count, formatNumber(count, locale), country, locale);
    }
    return html`<p class="status" part="status" role="status">${text}</p>
      ${view.inLanguageCount === 0 && view.languages.some((l) => l.count > 0) ? this.renderAlternatives(view) : nothing}
      ${view.inLanguageCount > 0 && count === 0 && parseFilterControls(this.filters).size === 0
        ? html`<p part="empty">
            <button type="button" part="button clear-button" @click=${() => this.clearFilters()}>
              ${labels.clearFilters()}
            </button>
          </p>`
        : nothing}`;
  }

  private renderAlternatives(view: View): TemplateResult {
    return html`<div class="alternatives" part="empty">
      <span>${labels.otherLanguages()}</span>
      ${view.languages
        .filter((l) => l.count > 0)
        .map(
        (l) =>
          html`<button
            type="button"
            part="button language-button"
            lang=${l.value}
            @click=${() => void this.changeFilters({ language: l.value })}
          >
            <bdi>${l.label}</bdi> (${formatNumber(l.count, this.displayLocale)})
          </button>`,
      )}
    </div>`;
  }

  private renderShowMoreLabel(count: number, locale: string): string {
    return showMore(count, formatNumber(count, locale), locale);
  }

  private clearFilters(): void {
    void this.changeFilters({ country: '', department: '', workplace: '', employmentType: '', query: '' });
  }

  private renderList(view: View, locale: string): TemplateResult | typeof nothing {
    if (view.results.length === 0) return nothing;
    const shown = view.results.slice(0, this.visibleCount);
    const remaining = view.results.length - shown.length;
    const mode = parseDetailMode(this.detail);
    const applySetting = parseApplyOnCard(this.applyOnCard);
    const detail = this.detailController;
    const level = parseHeadingLevel(this.headingLevel);
    const groupBy = parseChoice(this.groupBy, GROUP_BY);
    // Groups once their chunk is there (it is awaited with the feed, so at once in practice).
    const grouped = groupBy !== 'none' ? this.appearance : undefined;
    const ctx = {
      // In groups, the cards' headings sit one level below their group's.
      headingLevel: grouped ? (Math.min(level + 1, 6) as typeof level) : level,
      linkTarget: parseLinkTarget(this.linkTarget),
      locale,
      now: this.renderNow,
      relativeDates: datesRelative(
        parseChoice(this.dateStyle, DATE_STYLES),
        shown.map((p) => p.datePosted),
        this.renderNow,
      ),
      openMode: (p: Posting) => openModeFor(p, mode),
      detailHref: (p: Posting) => detail?.detailHref(p, view.filters) ?? p.url,
      applyHref: (p: Posting) => (applyOnCard(p, applySetting, mode) ? this.applyHref(p.applyUrl) : undefined),
      onLinkClick: (p: Posting, event: MouseEvent) => this.onLinkClick(p, event),
      onApplyClick: (p: Posting, href: string) => this.onApplyClick(p, href),
    };
    const list = (postings: readonly Posting[], name: string) =>
      html`<ul class="list" part="list" aria-label=${name}>
        ${postings.map((p) => renderCard(p, ctx))}
      </ul>`;
    return html`${grouped && groupBy !== 'none'
        ? grouped.renderGroups(view.results, shown, groupBy, level, locale, list)
        : list(shown, this.label.trim() || labels.jobs())}
      ${remaining > 0
        ? html`<div class="more">
            <button type="button" part="button more-button" @click=${() => this.showMore()}>
              ${this.renderShowMoreLabel(Math.min(remaining, parsePageSize(this.pageSize)), locale)}
            </button>
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-widget': CareersWidget;
  }
}
