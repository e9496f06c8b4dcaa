import type { FeedPosting } from '../feed/schema.js';

/**
 * A posting ready for filtering and display: countries upper-cased and
 * collected, the language canonicalized and its primary subtag split out, a
 * search key precomputed. Built by `normalizePosting`; never by hand.
 */
export interface Posting extends Omit<FeedPosting, 'language' | 'remoteCountries'> {
  /** Canonical BCP 47 tag, e.g. `fr-CA`. */
  readonly language: string;
  /** Lower-case primary subtag, e.g. `fr`: what language filters compare. */
  readonly primaryLanguage: string;
  /** Upper-case ISO codes where a remote hire may live. */
  readonly remoteCountries: readonly string[];
  /** Every country the posting counts for: its locations' and remote ones, unique, upper-case. */
  readonly countries: readonly string[];
  /** Folded text of title, department, team and locations for search. */
  readonly searchKey: string;
  /**
   * `datePosted` as epoch milliseconds, for sorting; `undefined` for an
   * undated posting (which sorts after every dated one under "newest first").
   */
  readonly postedAt?: number;
}
