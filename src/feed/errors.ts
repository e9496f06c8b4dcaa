/** Why a feed as a whole could not be used. */
export const FEED_ERROR_KINDS = ['network', 'http', 'parse', 'schema'] as const;
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

/**
 * A feed that cannot be shown at all. `message` is for developers (English,
 * precise); the element shows a localized text chosen by `kind`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
