/**
 * Registers `cls` as `tagName` unless the tag is taken. The same class again
 * (the module loaded twice through one bundle) is a quiet no-op; a different
 * class (the CDN file and the npm package both on one page, or another
 * library using our tag) keeps its definition, and we warn once, naming
 * both, instead of throwing `NotSupportedError` into the host page.
 * Returns whether `tagName` now means `cls`.
 */
export function defineElement(tagName: string, cls: CustomElementConstructor): boolean {
  const owner = customElements.get(tagName);
  if (!owner) {
    customElements.define(tagName, cls);
    return true;
  }
  if (owner === cls) return true;
  if (!warned.has(tagName)) {
    warned.add(tagName);
    console.warn(
      `careers-widget: <${tagName}> is already defined by another class (${owner.name || 'anonymous'}); ` +
        `this copy (${cls.name || 'anonymous'}) is not registered. Load the widget once per page.`,
    );
  }
  return false;
}

const warned = new Set<string>();
