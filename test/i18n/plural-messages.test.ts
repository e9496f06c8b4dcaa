/**
 * The count sentences in every shipped language, on the numbers where its
 * plural rules change form: what a visitor reads for 0, 1, 2, … jobs.
 */
import { expect } from '@open-wc/testing';
import { resultCount, showMore, skippedNotice } from '../../src/components/careers-widget/messages.js';
import { formatNumber } from '../../src/i18n/format.js';
import { UI_LOCALES, setUiLocale, type UiLocale } from '../../src/localization.js';

type Sentences = { count: string; country: string; more: string; skipped: string };

/** The four count sentences for `n` (`C` as the country name), in the active UI language. */
function sentences(n: number, locale: string): Sentences {
  const formatted = formatNumber(n, locale);
  return {
    count: resultCount(n, formatted, '', locale),
    country: resultCount(n, formatted, 'C', locale),
    more: showMore(n, formatted, locale),
    skipped: skippedNotice(n, formatted, locale),
  };
}

/** `#` in the expected text stands for the number as the locale writes it (١١ in Arabic, 1 000 000 in French). */
const expand = (text: string, n: number, locale: string) => text.replace('#', formatNumber(n, locale));

/** [count, result count, "Show more" button, skipped-rows notice]; the country form is checked on the count form. */
type Case = readonly [n: number, count: string, more: string, skipped: string];

const CASES: Record<string, { ui: UiLocale; country: (count: string) => string; cases: readonly Case[] }> = {
  en: {
    ui: 'en',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# jobs', 'Show # more jobs', '# postings could not be shown because of errors in the job feed.'],
      [1, '# job', 'Show # more job', '# posting could not be shown because of an error in the job feed.'],
      [2, '# jobs', 'Show # more jobs', '# postings could not be shown because of errors in the job feed.'],
    ],
  },
  fr: {
    ui: 'fr',
    country: (c) => `C\u202f: ${c}`,
    cases: [
      [0, '# offre', 'Afficher # offre de plus', '# offre n’a pas pu être affichée en raison d’une erreur dans le flux des offres.'],
      [1, '# offre', 'Afficher # offre de plus', '# offre n’a pas pu être affichée en raison d’une erreur dans le flux des offres.'],
      [2, '# offres', 'Afficher # offres de plus', '# offres n’ont pas pu être affichées en raison d’erreurs dans le flux des offres.'],
      [1_000_000, '# d’offres', 'Afficher # d’offres de plus', '# d’offres n’ont pas pu être affichées en raison d’erreurs dans le flux des offres.'],
    ],
  },
  de: {
    ui: 'de',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# Stellen', '# weitere Stellen anzeigen', '# Stellenanzeigen konnten wegen Fehlern im Stellen-Feed nicht angezeigt werden.'],
      [1, '# Stelle', '# weitere Stelle anzeigen', '# Stellenanzeige konnte wegen eines Fehlers im Stellen-Feed nicht angezeigt werden.'],
      [2, '# Stellen', '# weitere Stellen anzeigen', '# Stellenanzeigen konnten wegen Fehlern im Stellen-Feed nicht angezeigt werden.'],
    ],
  },
  es: {
    ui: 'es',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# ofertas', 'Mostrar # ofertas más', 'No se han podido mostrar # ofertas debido a errores en el feed de ofertas.'],
      [1, '# oferta', 'Mostrar # oferta más', 'No se ha podido mostrar # oferta debido a un error en el feed de ofertas.'],
      [2, '# ofertas', 'Mostrar # ofertas más', 'No se han podido mostrar # ofertas debido a errores en el feed de ofertas.'],
      [1_000_000, '# de ofertas', 'Mostrar # de ofertas más', 'No se han podido mostrar # de ofertas debido a errores en el feed de ofertas.'],
    ],
  },
  it: {
    ui: 'it',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# offerte', 'Mostra # offerte in più', 'Non è stato possibile mostrare # annunci a causa di errori nel feed delle offerte.'],
      [1, '# offerta', 'Mostra # offerta in più', 'Non è stato possibile mostrare # annuncio a causa di un errore nel feed delle offerte.'],
      [2, '# offerte', 'Mostra # offerte in più', 'Non è stato possibile mostrare # annunci a causa di errori nel feed delle offerte.'],
      [1_000_000, '# di offerte', 'Mostra # di offerte in più', 'Non è stato possibile mostrare # di annunci a causa di errori nel feed delle offerte.'],
    ],
  },
  nl: {
    ui: 'nl',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# vacatures', 'Nog # vacatures tonen', '# vacatures konden niet worden getoond door fouten in de vacaturefeed.'],
      [1, '# vacature', 'Nog # vacature tonen', '# vacature kon niet worden getoond door een fout in de vacaturefeed.'],
      [2, '# vacatures', 'Nog # vacatures tonen', '# vacatures konden niet worden getoond door fouten in de vacaturefeed.'],
    ],
  },
  // Portuguese as CLDR has it for Brazil (`pt`): 0 and 1 are singular.
  pt: {
    ui: 'pt',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# vaga', 'Mostrar mais # vaga', 'Não foi possível exibir # anúncio devido a um erro no feed de vagas.'],
      [1, '# vaga', 'Mostrar mais # vaga', 'Não foi possível exibir # anúncio devido a um erro no feed de vagas.'],
      [2, '# vagas', 'Mostrar mais # vagas', 'Não foi possível exibir # anúncios devido a erros no feed de vagas.'],
      [1_000_000, '# de vagas', 'Mostrar mais # de vagas', 'Não foi possível exibir # de anúncios devido a erros no feed de vagas.'],
    ],
  },
  // …and for Portugal (`pt-PT`, same texts): only 1 is singular.
  'pt-PT': {
    ui: 'pt',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# vagas', 'Mostrar mais # vagas', 'Não foi possível exibir # anúncios devido a erros no feed de vagas.'],
      [1, '# vaga', 'Mostrar mais # vaga', 'Não foi possível exibir # anúncio devido a um erro no feed de vagas.'],
    ],
  },
  pl: {
    ui: 'pl',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# ofert', 'Pokaż jeszcze # ofert', '# ogłoszeń nie mogło zostać wyświetlonych z powodu błędów w źródle ofert pracy.'],
      [1, '# oferta', 'Pokaż jeszcze # ofertę', '# ogłoszenie nie mogło zostać wyświetlone z powodu błędu w źródle ofert pracy.'],
      [2, '# oferty', 'Pokaż jeszcze # oferty', '# ogłoszenia nie mogły zostać wyświetlone z powodu błędów w źródle ofert pracy.'],
      [5, '# ofert', 'Pokaż jeszcze # ofert', '# ogłoszeń nie mogło zostać wyświetlonych z powodu błędów w źródle ofert pracy.'],
      [12, '# ofert', 'Pokaż jeszcze # ofert', '# ogłoszeń nie mogło zostać wyświetlonych z powodu błędów w źródle ofert pracy.'],
      [22, '# oferty', 'Pokaż jeszcze # oferty', '# ogłoszenia nie mogły zostać wyświetlone z powodu błędów w źródle ofert pracy.'],
      [25, '# ofert', 'Pokaż jeszcze # ofert', '# ogłoszeń nie mogło zostać wyświetlonych z powodu błędów w źródle ofert pracy.'],
    ],
  },
  sv: {
    ui: 'sv',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# jobb', 'Visa # jobb till', '# annonser kunde inte visas på grund av fel i jobbflödet.'],
      [1, '# jobb', 'Visa # jobb till', '# annons kunde inte visas på grund av ett fel i jobbflödet.'],
      [2, '# jobb', 'Visa # jobb till', '# annonser kunde inte visas på grund av fel i jobbflödet.'],
    ],
  },
  ja: {
    ui: 'ja',
    country: (c) => `C：${c}`,
    cases: [0, 1, 2, 11].map((n) => [n, '#件の求人', 'さらに#件の求人を表示', '求人フィードのエラーにより、#件の求人を表示できませんでした。'] as const),
  },
  'zh-Hans': {
    ui: 'zh-Hans',
    country: (c) => `C：${c}`,
    cases: [0, 1, 2, 11].map((n) => [n, '# 个职位', '再显示 # 个职位', '由于职位数据源出错，有 # 个职位无法显示。'] as const),
  },
  // zero 0, one 1, two 2, few 3–10, many 11–99, other 100+.
  ar: {
    ui: 'ar',
    country: (c) => `C: ${c}`,
    cases: [
      [0, '# وظيفة', 'عرض # وظيفة إضافية', 'تعذّر عرض # إعلان بسبب أخطاء في مصدر الوظائف.'],
      [1, '# وظيفة', 'عرض # وظيفة إضافية', 'تعذّر عرض # إعلان بسبب خطأ في مصدر الوظائف.'],
      [2, '# وظيفتان', 'عرض # وظيفتين إضافيتين', 'تعذّر عرض # إعلانين بسبب أخطاء في مصدر الوظائف.'],
      [3, '# وظائف', 'عرض # وظائف إضافية', 'تعذّر عرض # إعلانات بسبب أخطاء في مصدر الوظائف.'],
      [10, '# وظائف', 'عرض # وظائف إضافية', 'تعذّر عرض # إعلانات بسبب أخطاء في مصدر الوظائف.'],
      [11, '# وظيفة', 'عرض # وظيفة إضافية', 'تعذّر عرض # إعلانًا بسبب أخطاء في مصدر الوظائف.'],
      [100, '# وظيفة', 'عرض # وظيفة إضافية', 'تعذّر عرض # إعلان بسبب أخطاء في مصدر الوظائف.'],
    ],
  },
};

describe('count sentences in every language', () => {
  // @lit/localize has one locale per page: each test sets its own, and English is restored at the end.
  after(() => setUiLocale('en'));

  it('covers every shipped locale', () => {
    expect(new Set(Object.values(CASES).map((c) => c.ui))).to.have.keys([...UI_LOCALES]);
  });

  for (const [locale, { ui, country, cases }] of Object.entries(CASES)) {
    it(`${locale}: ${cases.map(([n]) => n).join(', ')}`, async () => {
      await setUiLocale(ui);
      for (const [n, count, more, skipped] of cases) {
        const expected = {
          count: expand(count, n, locale),
          country: country(expand(count, n, locale)),
          more: expand(more, n, locale),
          skipped: expand(skipped, n, locale),
        };
        expect(sentences(n, locale), `${locale} ${n}`).to.deep.equal(expected);
      }
    });
  }

  it('writes the number as the locale does (the # of the cases above)', () => {
    expect(formatNumber(1_000_000, 'fr')).to.equal('1\u202f000\u202f000');
    expect(formatNumber(22, 'pl')).to.equal('22');
  });
});

describe('plural categories', () => {
  after(() => setUiLocale('en'));

  /** A number in each category, for every shipped locale's rules. */
  const SAMPLES = [0, 1, 2, 3, 5, 11, 22, 100, 1.5, 1_000_000];

  for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: each category Intl.PluralRules selects shows that category's own translation`, async () => {
      await setUiLocale(locale);
      const { templates } = (await import(`../../src/generated/locales/${locale}.ts`)) as {
        templates: Record<string, string | { strings: readonly string[] }>;
      };
      const rules = new Intl.PluralRules(locale);
      const categories = rules.resolvedOptions().pluralCategories;
      for (const category of categories) {
        const n = SAMPLES.find((s) => rules.select(s) === category);
        expect(n, `${locale}: a sample number for "${category}"`).to.not.equal(undefined);
        const formatted = formatNumber(n!, locale);
        const own = (id: string, ...values: string[]) => {
          const template = templates[`${id}.${category}`];
          expect(template, `${locale} ${id}.${category}`).to.have.property('strings');
          const { strings } = template as { strings: readonly string[] };
          return strings.reduce((out, s, i) => out + values[i - 1]! + s);
        };
        expect(sentences(n!, locale), `${locale} ${category} (${n})`).to.deep.equal({
          count: own('count', formatted),
          country: own('count.in-country', 'C', formatted),
          more: own('more', formatted),
          skipped: own('notice.skipped', formatted),
        });
      }
    });
  }
});
