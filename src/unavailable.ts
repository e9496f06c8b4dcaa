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
 *   `error.http-unknown`, "The job listings couldn't be loaded.", in English
 *   (marked `lang="en"`) whatever the page's language: a copy of its eleven
 *   translations would cost every page about 0.4 KB, for a failure that is
 *   rare and that the page's owner must fix anyway.
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
 * What every element says: the widget's own `error.http-unknown` in English.
 * Its translations are in the chunks that could not load, and carrying all
 * of them here would cost every page about 0.4 KB before its first card.
 */
export const UNAVAILABLE_MESSAGE = "The job listings couldn't be loaded.";

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
        box.role = 'alert';
        box.lang = 'en';
        box.setAttribute('part', 'error');
        box.textContent = UNAVAILABLE_MESSAGE;
        this.attachShadow({ mode: 'open' }).append(box);
        this.dispatchEvent(new win.CustomEvent('careers-error', { detail: { kind, message }, bubbles: true, composed: true }));
      }
    },
  );
  return kind;
}
