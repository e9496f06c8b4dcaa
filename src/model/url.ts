import { LINK_SCHEMES, hasScheme } from '../feed/checks.js';

/**
 * The URL if it is http(s) or mailto, else undefined. A second line of
 * defence behind the schema, so nothing else can ever reach an `href`.
 */
export function safeHref(url: string | undefined): string | undefined {
  return url && hasScheme(url, LINK_SCHEMES) ? url : undefined;
}
