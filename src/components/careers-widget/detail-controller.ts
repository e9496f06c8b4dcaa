/**
 * Everything the widget does with one posting, as a reactive controller in a
 * lazy chunk: opening it inline or in a dialog, focus, the page title, the
 * events, `posting` pages and `sync-url` deep links (Apply links, on cards and
 * in the detail, are the widget's own: `applyHref`). The widget loads it only
 * when one of those is needed (a click on a posting that opens in the widget,
 * or one of the attributes `posting`, `sync-url`, `detail`), so a list that
 * only links out never downloads it. The detail view itself
 * (`<careers-posting>`, the sanitizer, JSON-LD) is a further chunk, fetched
 * on the first open.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CareersWidget } from './careers-widget.js';
import type { Posting } from '../../model/posting.js';
import { NO_FILTERS, type Filters } from '../../model/filters.js';
import { CareersPostingOpenEvent, postingDetail, type CareersPostingDetail } from '../../events/careers-events.js';
import type { UrlState } from '../../detail/url-state.js';
import type { CareersPosting } from '../careers-posting/careers-posting.js';
import { UrlSync } from './url-sync.js';
import { linkOutdated, postingGone } from './detail-messages.js';
import { openModeFor, parseDetailMode, parseHeadingLevel, type OpenMode } from './options.js';
import { addStyles } from '../add-styles.js';
import { detailStyles } from './detail.styles.js';

/** An open detail: which posting, and how. */
interface OpenPosting {
  readonly id: string;
  readonly mode: Exclude<OpenMode, 'link'>;
}

let view: Promise<unknown> | undefined;
/** Starts (once) the download of the detail view: its element, styles and sanitizer. */
const loadView = () =>
  (view ??= import('../careers-posting/define.js').catch((error: unknown) => {
    view = undefined; // a later click may try again
    throw error;
  }));

export class DetailController implements ReactiveController {
  /** The posting shown in detail, if any. */
  private opened?: OpenPosting;
  /** A polite note about a shared link that is out of date (translated when rendered). */
  private linkNotice: '' | 'gone' | 'outdated' = '';
  /** The open that a shared link or Back/Forward started, for `settled()`. */
  private opening: Promise<void> = Promise.resolve();
  private urlSync?: UrlSync;
  private urlSyncPrefix = '';
  /** A URL state read on load or on Back/Forward, applied once the feed is there. */
  private pendingUrlState?: UrlState;
  /** The card to focus when the detail closes. */
  private returnFocusId = '';
  private titleBefore?: string;
  private dialogShownFor?: OpenPosting;
  /** The `posting` whose open event was sent. */
  private announced = '';
  /** The detail view's chunk did not download: a posting page shows the list (and the widget's notice). */
  private viewFailed = false;

  constructor(private readonly host: CareersWidget) {
    host.addController(this);
    addStyles(host.renderRoot, [detailStyles]);
  }

  hostConnected(): void {
    this.syncUrlSetting();
  }

  hostDisconnected(): void {
    this.restoreTitle();
    this.urlSync?.dispose();
    this.urlSync = undefined;
    this.urlSyncPrefix = '';
  }

  hostUpdate(): void {
    this.syncUrlSetting();
    // A posting page needs the view at once; it renders when the element is defined. After a
    // failed download, re-renders do not try again (`settled()` and a visitor's click do).
    if (this.host.posting.trim() && !this.viewFailed) void this.withView();
  }

  /** Loads the detail view; whether it could. A failure is the widget's to report, and a later call tries again. */
  private withView(): Promise<boolean> {
    return loadView().then(
      () => {
        if (this.viewFailed) {
          this.viewFailed = false;
          this.host.missingPart = '';
        }
        return true;
      },
      (error: unknown) => {
        if (!this.viewFailed) this.host.partFailed('detail view', error);
        this.viewFailed = true;
        return false;
      },
    );
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    if (this.pendingUrlState && this.host.feedReady) this.applyPendingUrlState();
    const dialog = root.querySelector<HTMLDialogElement>('dialog.dialog');
    if (dialog && this.dialogShownFor !== this.opened) {
      // Once per opening: after Escape the dialog stays in the DOM, closed,
      // until Back/Forward's popstate removes it; it must not reopen.
      this.dialogShownFor = this.opened;
      if (!dialog.open) dialog.showModal();
      void this.focusHeading();
    }
    if (!this.opened && this.returnFocusId) {
      const id = this.returnFocusId;
      this.returnFocusId = '';
      root.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(id)}"] .link`)?.focus();
    }
    this.announceSingle();
  }

  /**
   * Resolves once what the URL or `posting` asks for is shown: the detail
   * view's chunk loaded and a posting it names opened. Part of the widget's
   * `loadComplete`.
   */
  async settled(): Promise<void> {
    if (this.host.posting.trim()) await this.withView();
    if (this.pendingUrlState) await this.host.updateComplete; // applied in hostUpdated
    await this.opening;
  }

  // ── What the widget renders ──────────────────────────────────────────────

  /**
   * The view that replaces the list: the `posting` page, or a posting open
   * inline. `undefined`: show the list.
   */
  renderMain(locale: string): TemplateResult | undefined {
    if (this.viewFailed) return undefined;
    const wanted = this.host.posting.trim();
    const single = wanted ? this.postingById(wanted) : undefined;
    if (single) return this.renderDetail(single, 'none', locale);
    const opened = this.openedPosting();
    if (opened && this.opened?.mode === 'inline') return this.renderDetail(opened, 'back', locale);
    return undefined;
  }

  /** The polite note above the list, if a link or `posting` named something gone. */
  renderNotice(): TemplateResult | typeof nothing {
    // A posting page whose view did not load is not a posting that is gone.
    const notice = this.host.posting.trim() && !this.viewFailed ? 'gone' : this.linkNotice;
    if (!notice) return nothing;
    return html`<p class="notice" part="notice link-notice" role="status">
      ${notice === 'gone' ? postingGone() : linkOutdated()}
    </p>`;
  }

  /** The dialog of `detail="dialog"`, while a posting is open in it. */
  renderDialog(locale: string): TemplateResult | typeof nothing {
    const opened = this.openedPosting();
    if (!opened || this.opened?.mode !== 'dialog') return nothing;
    return html`<dialog class="dialog" part="dialog" aria-label=${opened.title} @close=${() => this.onDialogClose()}>
      ${this.renderDetail(opened, 'close', locale)}
    </dialog>`;
  }

  /**
   * One posting's detail. `control`: a Back button (inline), a Close button
   * (dialog) or none (`posting`).
   */
  private renderDetail(posting: Posting, control: 'back' | 'close' | 'none', locale: string): TemplateResult {
    const host = this.host;
    return html`<careers-posting
      exportparts="detail, detail-title, description, section, section-title, apply-button, back-button, meta, meta-item, location, workplace, type, department, salary, posted, button"
      .posting=${posting}
      .organization=${host.organization}
      .headingLevel=${parseHeadingLevel(host.headingLevel)}
      .locale=${locale}
      .catalog=${host.i18n.catalog}
      .now=${host.renderedNow}
      .applyHref=${this.applyHref(posting)}
      .structuredData=${host.structuredData.trim().toLowerCase() !== 'off'}
      .control=${control}
      .onClose=${() => this.close('back')}
      .onApply=${(href: string) => this.host.onApplyClick(posting, href)}
    ></careers-posting>`;
  }

  /** The title link's href for a posting that opens in the widget: its deep link with `sync-url`, else its page. */
  detailHref(posting: Posting, filters: Filters): string | undefined {
    return this.urlSync?.href(filters, posting.id) ?? posting.url;
  }

  /** The Apply link of `posting` (its `applyUrl`, else `url`) with the campaign parameters. */
  applyHref(posting: Posting): string | undefined {
    return this.host.applyHref(posting.applyUrl ?? posting.url);
  }

  // ── What the visitor does ────────────────────────────────────────────────

  /**
   * Opens `posting` in the widget (inline or in the dialog). `history`:
   * `push` a new history entry (a visitor's click), or leave the URL as it
   * is (it already names the posting: a shared link, Back/Forward).
   */
  async open(posting: Posting, history: 'push' | 'keep'): Promise<void> {
    const mode = this.openMode(posting);
    if (!(await this.withView())) {
      // The detail chunk did not download (reported): the posting's own page still works.
      if (posting.url) window.location.assign(posting.url);
      return;
    }
    this.returnFocusId ||= posting.id;
    this.opened = { id: posting.id, mode: mode === 'dialog' ? 'dialog' : 'inline' };
    this.linkNotice = '';
    if (history === 'push') this.urlSync?.pushPosting(this.host.appliedFilters, posting.id);
    this.nameInTitle(posting);
    this.host.dispatchEvent(new CareersPostingOpenEvent(this.describe(posting, posting.url ?? '')));
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.opened?.mode === 'inline') await this.focusHeading();
  }

  /** Closes the detail; `history: 'back'` pops our own history entry when there is one. */
  close(history: 'back' | 'keep'): void {
    if (!this.opened) return;
    if (history === 'back' && this.urlSync?.closePosting(this.host.appliedFilters)) return; // popstate closes it
    this.opened = undefined;
    this.restoreTitle();
    this.host.requestUpdate();
  }

  /** The visitor changed a filter: the URL follows, the stale-link note goes. */
  filtersChanged(filters: Filters): void {
    this.linkNotice = '';
    this.urlSync?.replaceFilters(filters, this.opened?.id);
  }

  private onDialogClose(): void {
    // Escape, the Close button or a form submit closed the native dialog.
    if (this.opened?.mode === 'dialog') this.close('back');
  }

  // ── Helpers ──────────────────────────────────────────────────────────────

  private openMode(posting: Posting): OpenMode {
    return openModeFor(posting, parseDetailMode(this.host.detail));
  }

  private postingById(id: string): Posting | undefined {
    return this.host.postings.find((p) => p.id === id);
  }

  private openedPosting(): Posting | undefined {
    return this.opened ? this.postingById(this.opened.id) : undefined;
  }

  /** What events say about a posting: the chosen country when it has it, else its first. */
  private describe(posting: Posting, url: string): CareersPostingDetail {
    return postingDetail(posting, url, this.host.appliedFilters.country);
  }

  /** `posting` shows a detail without a click: say so once per posting. */
  private announceSingle(): void {
    const id = this.host.posting.trim();
    const single = id ? this.postingById(id) : undefined;
    if (!single || this.announced === id || !this.host.renderRoot.querySelector('careers-posting')) return;
    this.announced = id;
    this.nameInTitle(single);
    this.host.dispatchEvent(new CareersPostingOpenEvent(this.describe(single, single.url ?? '')));
  }

  /** `sync-title`: the page title names the posting shown ("{title} – {page title}"). */
  private nameInTitle(posting: Posting): void {
    if (!this.host.syncTitle) return;
    this.titleBefore ??= document.title;
    document.title = this.titleBefore.trim() ? `${posting.title} – ${this.titleBefore}` : posting.title;
  }

  private restoreTitle(): void {
    if (this.titleBefore !== undefined) document.title = this.titleBefore;
    this.titleBefore = undefined;
  }

  private async focusHeading(): Promise<void> {
    const detail = this.host.renderRoot.querySelector<CareersPosting>('careers-posting');
    if (!detail) return;
    await detail.updateComplete;
    detail.focusHeading();
  }

  // ── Deep links ───────────────────────────────────────────────────────────

  /** Starts, restarts (new prefix) or stops following the URL as `sync-url` says. */
  private syncUrlSetting(): void {
    const prefix = this.host.syncUrl && this.host.isConnected ? this.host.urlPrefix : '';
    if (prefix === this.urlSyncPrefix) return;
    this.urlSync?.dispose();
    this.urlSync = undefined;
    this.urlSyncPrefix = prefix;
    if (!prefix) return;
    this.urlSync = new UrlSync(this.host, prefix, (state) => {
      this.pendingUrlState = state;
      this.host.requestUpdate();
    });
    this.pendingUrlState = this.urlSync.read();
  }

  /** Applies a URL state once the feed is loaded: filters, then the posting it names. */
  private applyPendingUrlState(): void {
    const state = this.pendingUrlState!;
    this.pendingUrlState = undefined;
    const requested: Filters = { ...NO_FILTERS, language: '', ...state.filters };
    this.host.selectFilters(requested);
    const posting = state.postingId ? this.postingById(state.postingId) : undefined;
    this.linkNotice = state.postingId && !posting ? 'gone' : '';
    if (posting) this.opening = this.open(posting, 'keep');
    else if (this.opened) {
      this.opened = undefined;
      this.restoreTitle();
    }
    void this.host.updateComplete.then(() => {
      const applied = this.host.appliedFilters;
      const dropped = (['country', 'department', 'workplace', 'employmentType'] as const).some((k) => requested[k] && !applied[k]);
      if (dropped && !this.linkNotice) {
        this.linkNotice = 'outdated';
        this.host.requestUpdate();
      }
    });
  }
}
