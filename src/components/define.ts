/**
 * Like Lit's `@customElement`, but a second definition of the same tag (the
 * CDN file and the npm package both on one page) is skipped instead of
 * throwing into the host page.
 */
export const defineElement =
  (tagName: string) =>
  (cls: CustomElementConstructor): void => {
    if (!customElements.get(tagName)) customElements.define(tagName, cls);
  };
