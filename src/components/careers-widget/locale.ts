import { cleanTags } from '../../i18n/tags.js';

/**
 * The locales a widget asks for, best first, each well-formed and canonical
 * (see `cleanTag`), so `Intl` never throws on them: the `locale` attribute,
 * else the nearest `lang` (crossing shadow roots) up to `<html lang>`, a
 * malformed one (`en_US` is cleaned to `en-US`; `@@` is skipped) giving way
 * to the next; else the browser's languages (all of them, so the UI can
 * match a later one), then `en`.
 */
export function requestedLocales(element: Element, attribute: string): string[] {
  const declared: (string | null)[] = [attribute];
  for (let node: Element | null = element; node; ) {
    declared.push(node.getAttribute('lang'));
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  const tags = cleanTags(declared);
  return tags.length > 0 ? tags.slice(0, 1) : cleanTags([...(navigator.languages ?? [navigator.language]), 'en']);
}
