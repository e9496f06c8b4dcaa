/**
 * What a page shows when the CDN bootstrap (`src/cdn.ts`) could not load the
 * widget itself: a chunk that did not download (a network failure, a CDN
 * that serves `careers-widget.js` without `chunks/`, a `script-src` that
 * refuses them) or did not run (a Trusted Types CSP that refuses Lit's
 * `lit-html` policy). Without this, every `<careers-widget>` would stay an
 * empty, unknown element and nobody would know why.
 *
 * Decisions:
 * - This module is in the entry file, which must stay small (it is on the
 *   way to every first card): no Lit, no `msg()` (the translations are in
 *   chunks that may be the ones missing). The message is the widget's own
 *   `error.http-unknown` ("The job listings couldn't be loaded."), copied for
 *   the locales whose translators wrote it when this was added (English,
 *   French, German, Spanish; a test keeps the copies equal to
 *   `locales/*.xlf`); any other language reads English.
 * - The language is the element's `locale`, else its nearest `lang`, else
 *   the browser's: the widget's own order, minus the matching of region
 *   subtags that lives in the chunk that failed.
 * - Every `careers-widget` element, those in the page now and those added
 *   later, shows the message as text in its shadow root (a `<p role="alert"
 *   part="error">`, as the widget's error box) and fires `careers-error`
 *   (bubbles, composed) with `{ kind, message }`: `policy` when the page's
 *   CSP refused a Trusted Types policy, else `network`. A stand-in element
 *   definition does both, so elements added later cost nothing to watch;
 *   it is only registered when nothing else owns the tag.
 * - The console says what happened once, and for a refused policy exactly
 *   which names the `trusted-types` directive must allow.
 */

/** The Trusted Types policies the widget creates: Lit's (every template) and ours (sanitized job descriptions). */
export const POLICY_NAMES = 'lit-html careers-widget';

/** Why the widget is unavailable, as `careers-error` says it. */
export type UnavailableKind = 'network' | 'policy';

/**
 * "The job listings couldn't be loaded." in the language of `tag`, English
 * unless it is one of the languages listed (a `switch`: no tag can reach
 * `Object.prototype`).
 */
export function unavailableMessage(tag: string): string {
  switch (tag.toLowerCase().split(/[-_]/)[0]) {
    case 'fr':
      return 'Impossible de charger les offres d’emploi.';
    case 'de':
      return 'Die Stellenangebote konnten nicht geladen werden.';
    case 'es':
      return 'No se han podido cargar las ofertas de empleo.';
    default:
      return "The job listings couldn't be loaded.";
  }
}

/**
 * Reports that the widget's code could not be loaded (`error`: why the
 * bootstrap's import failed) in `win`: the console, then, through a stand-in
 * element definition, a message and a `careers-error` in every
 * `careers-widget`. Returns the kind. Never throws.
 */
export function widgetUnavailable(error: unknown, win: Window & typeof globalThis = window): UnavailableKind {
  // Only a browser with Trusted Types refuses a policy; Chromium says `Policy "lit-html" disallowed`.
  const kind: UnavailableKind = 'trustedTypes' in win && /polic/i.test(String(error)) ? 'policy' : 'network';
  const message =
    kind === 'policy'
      ? `the page's CSP refused a Trusted Types policy it needs; allow: trusted-types ${POLICY_NAMES}`
      : 'could not load its chunks; serve chunks/ beside careers-widget.js (allowed by script-src)';
  win.console.error(`careers-widget: ${message}.`, error);
  if (win.customElements.get('careers-widget')) return kind;
  win.customElements.define(
    'careers-widget',
    class extends win.HTMLElement {
      connectedCallback(): void {
        if (this.shadowRoot) return; // moved: said already
        const box = win.document.createElement('p');
        box.setAttribute('role', 'alert');
        box.setAttribute('part', 'error');
        box.textContent = unavailableMessage(
          this.getAttribute('locale') || (this.closest('[lang]') as HTMLElement | null)?.lang || win.navigator.language,
        );
        this.attachShadow({ mode: 'open' }).append(box);
        this.dispatchEvent(new win.CustomEvent('careers-error', { detail: { kind, message }, bubbles: true, composed: true }));
      }
    },
  );
  return kind;
}
