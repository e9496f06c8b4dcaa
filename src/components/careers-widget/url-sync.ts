/**
 * `sync-url`: keeps the widget's filters and open posting in the page's
 * query string, and follows Back/Forward. A lazy chunk: pages without
 * `sync-url` never download it.
 *
 * History: a visitor opening a posting pushes one entry, so Back returns to
 * the list; filter changes replace the current entry, so typing in the
 * search field does not fill the history. Entries we pushed carry a marker in
 * `history.state`, so our Back button can pop exactly those and otherwise
 * (a shared link opened in a fresh tab) replaces the URL instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Filters } from '../../model/filters.js';
import { readUrlState, writeUrlState, type UrlState } from '../../detail/url-state.js';

/** Marks the history entries this widget pushed. */
const MARK = 'careersWidget';

const differs = (filters: Filters): Partial<Filters> => {
  // The language default is implied by the widget; the others are '' when unset.
  const { language, ...rest } = filters;
  return { ...rest, ...(language ? { language } : {}) };
};

export class UrlSync implements ReactiveController {
  private readonly onPopState = (): void => this.onChange(this.read());

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly prefix: string,
    private readonly onChange: (state: UrlState) => void,
  ) {
    host.addController(this);
    window.addEventListener('popstate', this.onPopState);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Stops listening, for a prefix change. */
  dispose(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.host.removeController(this);
  }

  /** What the page's URL names now. */
  read(): UrlState {
    return readUrlState(window.location.href, this.prefix);
  }

  /** The deep link of a posting under the current filters. */
  href(filters: Filters, postingId: string): string {
    return writeUrlState(window.location.href, { filters: differs(filters), postingId }, this.prefix);
  }

  /** Filters changed: the current entry now names them. */
  replaceFilters(filters: Filters, postingId?: string): void {
    const href = writeUrlState(window.location.href, { filters: differs(filters), postingId }, this.prefix);
    if (href !== window.location.href) history.replaceState(history.state, '', href);
  }

  /** A visitor opened a posting: a new entry, so Back closes it. */
  pushPosting(filters: Filters, postingId: string): void {
    const href = this.href(filters, postingId);
    if (href !== window.location.href) history.pushState({ [MARK]: this.prefix }, '', href);
  }

  /**
   * The visitor closed the posting. Returns true when this pops an entry we
   * pushed (the popstate that follows closes the view), false when the URL
   * was replaced instead and the caller closes the view itself.
   */
  closePosting(filters: Filters): boolean {
    const state: unknown = history.state;
    if (typeof state === 'object' && state !== null && (state as Record<string, unknown>)[MARK] === this.prefix) {
      history.back();
      return true;
    }
    this.replaceFilters(filters);
    return false;
  }
}
