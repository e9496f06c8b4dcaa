/**
 * The widget's events. Each bubbles and is composed, so a listener on
 * `document` hears it; each is declared in `GlobalEventHandlersEventMap` so
 * `addEventListener('careers-load', e => e.detail.count)` is typed.
 */
import type { CachedSource, FailedSource, FeedErrorKind } from '../feed/errors.js';
import type { SourceFormat } from '../feed/formats.js';
import type { UnresolvedPlace } from '../feed/adapters/types.js';

/** Fired when a feed was loaded and validated. */
export interface CareersLoadDetail {
  /** Postings shown (valid and not expired). */
  readonly count: number;
  /** Invalid rows that were left out. */
  readonly skipped: number;
  /**
   * Invalid optional values left out of postings that were kept (a bad
   * `salary`, an unknown country of one location, a relative organization
   * `logo`, …); the console warning names the first few.
   */
  readonly droppedFields: number;
  /** Primary language subtags that have postings, sorted. */
  readonly languages: readonly string[];
  /** Upper-case country codes that have postings, sorted. */
  readonly countries: readonly string[];
  /** The format each source was read as (`careers`, `greenhouse`, …), in `src` order. */
  readonly formats: readonly SourceFormat[];
  /** How many source locations (per posting) named no recognisable country (ATS feeds). */
  readonly unresolvedLocations: number;
  /**
   * Those locations as the source wrote them, with the id of their posting
   * (`{ text: "Dublin", id: "42" }`), at most 100: what to fix in the ATS so
   * they get a country.
   */
  readonly unresolvedPlaces: readonly UnresolvedPlace[];
  /**
   * `src` URLs that could not be used (after retries) while the others were
   * shown, in `src` order; empty when every source loaded.
   */
  readonly failedSources: readonly FailedSource[];
  /**
   * `src` URLs shown from the copy saved on an earlier visit because their
   * request failed (or their body could not be read), in `src` order: why,
   * as in `failedSources`, and `savedAt`. Not empty: the visitor sees the
   * postings with a note that they may be out of date.
   */
  readonly fromCache: readonly CachedSource[];
}

/** Fired when the feed could not be used at all, or a part of the widget did not download. */
export interface CareersErrorDetail {
  /**
   * Why, as for the feed; also `network` when a chunk of the widget did not
   * download (`message` names its module: the detail view, a translation…).
   * `policy`: only from the CDN file, whose element could not start because
   * the page's CSP refused a Trusted Types policy it needs (that event is a
   * plain `CustomEvent`, the class having failed to load with the rest).
   */
  readonly kind: FeedErrorKind | 'policy';
  /** English, for developers; the widget shows a localized message. */
  readonly message: string;
  /** HTTP status for `http` errors. */
  readonly status?: number;
  /** For a feed from `src`: every URL and why it failed, in `src` order. */
  readonly failedSources?: readonly FailedSource[];
  /**
   * `true` when a refresh failed (`reload()`, Retry, a new `now`): the
   * postings loaded before stay shown, with a notice instead of the error box.
   */
  readonly refresh?: boolean;
}

/** Fired after the visitor changed a filter. */
export interface CareersFilterChangeDetail {
  readonly country: string;
  readonly language: string;
  readonly department: string;
  readonly workplace: string;
  readonly employmentType: string;
  readonly query: string;
  readonly resultCount: number;
}

/** Fired when the visitor follows a posting's link. */
export interface CareersPostingClickDetail {
  readonly id: string;
  readonly title: string;
  /** The posting's own page; empty when it has none (the detail view shows it). */
  readonly url: string;
}

/** Which posting, for campaign tracking: fired on opening a detail and on Apply. */
export interface CareersPostingDetail {
  readonly id: string;
  readonly title: string;
  /** `careers-posting-open`: the posting's own page (may be empty); `careers-apply-click`: the link followed. */
  readonly url: string;
  /** The posting's language tag, e.g. `fr-CA`. */
  readonly language: string;
  /** The country the visitor chose, when the posting is there; else the posting's first country; else empty. */
  readonly country: string;
}

/** The detail of a posting event: `chosen` is the country filter the visitor set, if any. */
export function postingDetail(
  posting: { readonly id: string; readonly title: string; readonly language: string; readonly countries: readonly string[] },
  url: string,
  chosen: string,
): CareersPostingDetail {
  const country = chosen && posting.countries.includes(chosen) ? chosen : (posting.countries[0] ?? '');
  return { id: posting.id, title: posting.title, url, language: posting.language, country };
}

abstract class CareersEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

export class CareersLoadEvent extends CareersEvent<CareersLoadDetail> {
  static readonly eventName = 'careers-load';
  constructor(detail: CareersLoadDetail) {
    super(CareersLoadEvent.eventName, detail);
  }
}

export class CareersErrorEvent extends CareersEvent<CareersErrorDetail> {
  static readonly eventName = 'careers-error';
  constructor(detail: CareersErrorDetail) {
    super(CareersErrorEvent.eventName, detail);
  }
}

export class CareersFilterChangeEvent extends CareersEvent<CareersFilterChangeDetail> {
  static readonly eventName = 'careers-filter-change';
  constructor(detail: CareersFilterChangeDetail) {
    super(CareersFilterChangeEvent.eventName, detail);
  }
}

export class CareersPostingClickEvent extends CareersEvent<CareersPostingClickDetail> {
  static readonly eventName = 'careers-posting-click';
  constructor(detail: CareersPostingClickDetail) {
    super(CareersPostingClickEvent.eventName, detail);
  }
}

/** Fired when a posting's detail opens (inline, in a dialog, from a link or by `posting`). */
export class CareersPostingOpenEvent extends CareersEvent<CareersPostingDetail> {
  static readonly eventName = 'careers-posting-open';
  constructor(detail: CareersPostingDetail) {
    super(CareersPostingOpenEvent.eventName, detail);
  }
}

/** Fired when the visitor follows an Apply link (on a card or in the detail). */
export class CareersApplyClickEvent extends CareersEvent<CareersPostingDetail> {
  static readonly eventName = 'careers-apply-click';
  constructor(detail: CareersPostingDetail) {
    super(CareersApplyClickEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'careers-load': CareersLoadEvent;
    'careers-error': CareersErrorEvent;
    'careers-filter-change': CareersFilterChangeEvent;
    'careers-posting-click': CareersPostingClickEvent;
    'careers-posting-open': CareersPostingOpenEvent;
    'careers-apply-click': CareersApplyClickEvent;
  }
}
