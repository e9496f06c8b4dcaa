/**
 * Which locale a widget asks for when its `locale` attribute is empty: the
 * nearest `lang` (crossing shadow roots), then `<html lang>`, then the
 * browser's languages.
 */
export function inheritedLanguages(element: Element): string[] {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return [lang];
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return [...(navigator.languages ?? [navigator.language])].filter(Boolean);
}
