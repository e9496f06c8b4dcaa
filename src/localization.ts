/**
 * Runtime localization. `@lit/localize` keeps one active locale per page, so
 * this module configures it once, lazily, and every widget on the page shares
 * that locale. Locale modules are separate chunks, loaded on first use.
 *
 * If the host application already configured `@lit/localize` itself (npm
 * users who share the same copy of the library), configuring again throws: we
 * then leave the host in charge and render our English source strings.
 */
import { configureLocalization } from '@lit/localize';
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
let controls: Controls | null | undefined;

function localization(): Controls | null {
  if (controls === undefined) {
    try {
      controls = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
      });
    } catch (error) {
      console.warn('careers-widget: @lit/localize is already configured by the page; UI strings stay in English.', error);
      controls = null;
    }
  }
  return controls;
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
  return (localization()?.getLocale() ?? sourceLocale) as UiLocale;
}

/**
 * Switches the page's UI locale; `@localized()` elements re-render when the
 * locale module has loaded. Resolves once it is active (or failed to load,
 * in which case the previous locale stays and a warning is logged).
 */
export async function setUiLocale(locale: UiLocale): Promise<void> {
  const c = localization();
  if (!c || c.getLocale() === locale) return;
  try {
    await c.setLocale(locale);
  } catch (error) {
    console.warn(`careers-widget: could not load the "${locale}" translations.`, error);
  }
}
