/**
 * `src/localization.ts` on a page whose host application configured
 * @lit/localize itself first. A page can configure it only once, so this
 * lives in its own file (its own page), apart from `test/localization.test.ts`.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { currentUiLocale, matchUiLocale, setUiLocale } from '../../src/localization.js';

describe('localization on a page that configured @lit/localize itself', () => {
  const warnings: unknown[][] = [];
  const original = console.warn;
  let host: ReturnType<typeof configureLocalization>;

  before(() => {
    host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { 'error.retry': 'Encore (hôte)' } }),
    });
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });

  after(() => {
    console.warn = original;
  });

  it('English needs no configuration: nothing is touched, nothing is said', async () => {
    await setUiLocale('en');
    expect(currentUiLocale()).to.equal('en');
    expect(warnings).to.deep.equal([]);
  });

  it('asked for another language, it leaves the host in charge and stays in English, with one warning', async () => {
    await setUiLocale('fr');
    expect(host.getLocale()).to.equal('en');
    expect(currentUiLocale()).to.equal('en');
    expect(msg('Retry', { id: 'error.retry' })).to.equal('Retry');
    expect(warnings).to.have.length(1);
    expect(warnings[0]![0]).to.equal('careers-widget: @lit/localize is already configured by the page; UI strings stay in English.');
    expect(warnings[0]![1]).to.be.instanceOf(Error);
    await setUiLocale('de');
    expect(warnings, 'said once').to.have.length(1);
  });

  it('still matches locales', () => {
    expect(matchUiLocale(['fr-CA'])).to.equal('fr');
  });
});
