/**
 * Which way a language is written, for `dir`. `Intl.Locale`'s
 * `getTextInfo()` knows (Chromium, Safari); where it is missing (Firefox), a
 * list of the languages written right to left that a page is likely to use.
 */
export const RIGHT_TO_LEFT = ['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'] as const;

type TextInfo = { readonly direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo };

const cache = new Map<string, 'ltr' | 'rtl'>();

/**
 * `rtl` for a tag of a language written right to left (`ar`, `he-IL`,
 * `fa`), else `ltr`; a malformed tag reads as `ltr`. Never throws.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let direction = cache.get(tag);
  if (!direction) {
    let rtl = false;
    try {
      const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
      const info = locale.getTextInfo?.();
      rtl = info?.direction ? info.direction === 'rtl' : (RIGHT_TO_LEFT as readonly string[]).includes(locale.language);
    } catch {
      // a malformed tag: left to right
    }
    direction = rtl ? 'rtl' : 'ltr';
    cache.set(tag, direction);
  }
  return direction;
}
