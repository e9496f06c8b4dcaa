/**
 * Runtime localization. `@lit/localize` keeps one active locale per page, so
 * this module configures it once, lazily, and every widget on the page shares
 * that locale. Locale modules are separate chunks, loaded on first use.
 *
 * English is the source: `msg()` shows it without any runtime, so the
 * `@lit/localize` runtime is configured (and, in the CDN build, downloaded)
 * the first time a page asks for another language.
 *
 * If the host application already configured `@lit/localize` itself (npm
 * users who share the same copy of the library), configuring again throws: we
 * then leave the host in charge and render our English source strings.
 */
import type { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from './generated/locale-codes.js';

/** A UI locale the widget ships translations for. */
export type UiLocale = (typeof allLocales)[number];

/** The shipped UI locales, source first. */
export const UI_LOCALES: readonly UiLocale[] = allLocales;

// A literal map, not a template-literal import, so bundlers see each chunk.
const loaders = {
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

type Controls = ReturnType<typeof configureLocalization>;
/** `undefined` until configured; `null` when the page had configured it already. */
let controls: Controls | null | undefined;
let configuring: Promise<Controls | null> | undefined;

function localization(): Promise<Controls | null> {
  return (configuring ??= import('@lit/localize/init/runtime.js').then(
    ({ configureLocalization: configure }) => {
      try {
        controls = configure({
          sourceLocale,
          targetLocales,
          loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
        });
      } catch (error) {
        console.warn('careers-widget: @lit/localize is already configured by the page; UI strings stay in English.', error);
        controls = null;
      }
      return controls;
    },
    (error: unknown) => {
      configuring = undefined; // the chunk did not download: a later switch tries again
      throw error;
    },
  ));
}

/**
 * The best shipped locale for a list of requested tags: an exact match, then
 * the same primary language (`fr-CA` → `fr`), else the source locale.
 */
export function matchUiLocale(requested: readonly string[]): UiLocale {
  for (const tag of requested) {
    const lower = tag.toLowerCase();
    const exact = UI_LOCALES.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const primary = lower.split(/[-_]/u)[0];
    const sameLanguage = UI_LOCALES.find((l) => l.toLowerCase() === primary);
    if (sameLanguage) return sameLanguage;
  }
  return sourceLocale;
}

/** The page's active UI locale. */
export function currentUiLocale(): UiLocale {
  return (controls?.getLocale() ?? sourceLocale) as UiLocale;
}

/**
 * Switches the page's UI locale; `@localized()` elements re-render when the
 * locale module has loaded. Resolves once it is active, or failed to load:
 * then the previous locale stays and `onFailure` hears why (the runtime or
 * the translation chunk did not download), else a warning is logged.
 */
export async function setUiLocale(locale: UiLocale, onFailure?: (error: unknown) => void): Promise<void> {
  // English needs no runtime until another language has been configured.
  if (!configuring && locale === sourceLocale) return;
  try {
    const c = await localization();
    if (!c || c.getLocale() === locale) return;
    await c.setLocale(locale);
  } catch (error) {
    if (onFailure) onFailure(error);
    else console.warn(`careers-widget: could not load the "${locale}" translations.`, error);
  }
}
