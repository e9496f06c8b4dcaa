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
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
  pt: () => import('./generated/locales/pt.js'),
  pl: () => import('./generated/locales/pl.js'),
  sv: () => import('./generated/locales/sv.js'),
  ja: () => import('./generated/locales/ja.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
  ar: () => import('./generated/locales/ar.js'),
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
 * The best shipped locale for a list of requested tags (BCP 47 lookup, see
 * README "Localization"): the first tag whose language we ship wins, region
 * ignored (`fr-CA`, `pt-BR` → `fr`, `pt`). Chinese also needs its script:
 * `Intl.Locale#maximize` adds the likely one (`zh`, `zh-CN`, `zh-SG` →
 * Hans; `zh-TW`, `zh-HK` → Hant), and only `zh-Hans` ships, so a
 * Traditional Chinese tag gives way to the next tag. Else the source locale.
 */
export function matchUiLocale(requested: readonly string[]): UiLocale {
  for (const tag of requested) {
    try {
      const { language, script } = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
      const match = UI_LOCALES.find((l) => l === language || l === `${language}-${script}`);
      if (match) return match;
    } catch {
      // Not a language tag (`''`, `@@`): try the next.
    }
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
