/**
 * What rendering needs from `@lit/localize`: `msg`, `str`, `@localized()` and
 * the locale status event. The package's index also re-exports the runtime
 * that looks translations up (`configureLocalization`), which English, the
 * source language, never needs. The CDN build aliases `@lit/localize` to
 * this module (vite.config.ts), so the runtime becomes a lazy chunk that
 * `src/localization.ts` imports when a page first asks for another language.
 * The sources keep importing `@lit/localize`, which `lit-localize extract`
 * reads.
 */
export * from '@lit/localize/internal/locale-status-event.js';
export * from '@lit/localize/internal/str-tag.js';
export { msg } from '@lit/localize/init/install.js';
export * from '@lit/localize/internal/localized-controller.js';
export * from '@lit/localize/internal/localized-decorator.js';
