/**
 * The shipped UI translations: which locales there are, which one a widget
 * shows, and loading their strings. Each locale module (`lit-localize
 * build`'s runtime output) is a separate chunk, downloaded the first time a
 * widget on the page needs it and then shared by every widget in that
 * locale. English is the source: it needs no module. Nothing here is
 * page-global state of `@lit/localize`: each element looks its strings up in
 * its own catalog (`src/i18n/localize.ts`), so widgets in different locales
 * share a page, and a host application may configure `@lit/localize` for its
 * own strings.
 */
import type { TemplateMap } from '@lit/localize';
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
} satisfies Record<(typeof targetLocales)[number], () => Promise<{ templates: TemplateMap }>>;

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

/** The translations on this page, by locale: arrived, or on their way. */
const translations = new Map<string, TemplateMap | Promise<TemplateMap>>();

/**
 * The translations of `locale`: at once when this page has them (a widget
 * in a locale already loaded renders in it at once), else a promise of them,
 * downloaded once per page and then shared; `undefined` for the source
 * locale, which needs none. A failed download is forgotten, so a later call
 * tries again.
 */
export function uiTemplates(locale: UiLocale): TemplateMap | Promise<TemplateMap> | undefined {
  if (locale === sourceLocale) return undefined;
  let templates = translations.get(locale);
  if (!templates) {
    // `then`, so an unknown locale rejects rather than throws.
    const pending = Promise.resolve(locale as keyof typeof loaders)
      .then((known) => loaders[known]())
      .then(({ templates: arrived }) => (translations.set(locale, arrived), arrived));
    pending.catch(() => translations.delete(locale));
    translations.set(locale, (templates = pending));
  }
  return templates;
}
