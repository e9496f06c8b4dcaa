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
} satisfies Record<(typeof targetLocales)[number], () => Promise<{ templates: TemplateMap }>>;

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
