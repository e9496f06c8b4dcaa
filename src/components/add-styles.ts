import type { CSSResult } from 'lit';

/**
 * Adds the styles of a lazy chunk to a shadow root, after those it has
 * (Lit's \`static styles\` are fixed when the class is defined). Each
 * \`CSSResult\` keeps one \`CSSStyleSheet\`: every widget on the page shares it.
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: readonly CSSResult[]): void {
  const shadow = root as ShadowRoot;
  const sheets = styles.map((style) => style.styleSheet!).filter((sheet) => !shadow.adoptedStyleSheets.includes(sheet));
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...sheets];
}
