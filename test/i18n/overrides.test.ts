/**
 * The host's wording overrides, checked (src/i18n/overrides.ts): what is
 * used, what is reported (once per page), and that host keys never reach a
 * plain object.
 */
import { expect } from '@open-wc/testing';
import { inCatalog, type Catalog } from '../../src/i18n/localize.js';
import { overridesCompiler, type CompileOverrides, type StringSources } from '../../src/i18n/overrides.js';
import { labels, resultCount } from '../../src/components/careers-widget/messages.js';
import { MESSAGE_PLACEHOLDERS } from '../../src/generated/messages.js';

/** Member names of `Object.prototype` (and `__proto__`, its accessor). */
const PROTO_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'] as const;

let compile: CompileOverrides;
const warnings: string[] = [];
const original = console.warn;

before(async () => {
  compile = await overridesCompiler();
});
beforeEach(() => {
  warnings.length = 0;
  console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
});
afterEach(() => {
  console.warn = original;
});

const sources = (property: unknown, inline: string | null = null): StringSources => ({ property, inline });
/** What the widget's messages read with these overrides, in `locales`. */
function rendered(given: StringSources, locales: string[] = ['en', 'en']) {
  const catalog: Catalog = { locale: locales[0]!, overrides: compile(given, locales) };
  return inCatalog(catalog, () => ({
    jobs: labels.jobs(),
    retry: labels.retry(),
    count: resultCount(12, '12', 'France', 'en'),
  }));
}

describe('wording overrides', () => {
  it('an id for every locale replaces the shipped text', () => {
    expect(rendered(sources({ 'list.label': 'Open positions' })).jobs).to.equal('Open positions');
    expect(warnings).to.deep.equal([]);
  });

  it("placeholders take the message's values, in any order and more than once", () => {
    const given = sources({ 'count.in-country.other': '{count} openings in {country} ({count})' });
    expect(rendered(given).count).to.equal('12 openings in France (12)');
  });

  it("a locale's table wins over entries for every locale; tables of other locales do not apply", () => {
    const given = sources({
      'list.label': 'Positions',
      fr: { 'list.label': 'Postes' },
      'fr-CA': { 'list.label': 'Emplois' },
      de: { 'list.label': 'Stellen' },
    });
    expect(rendered(given, ['fr', 'fr']).jobs).to.equal('Postes');
    expect(rendered(given, ['fr', 'fr-CA']).jobs, 'the tag asked for wins over its UI locale').to.equal('Emplois');
    expect(rendered(given, ['en', 'en']).jobs).to.equal('Positions');
    expect(rendered(sources({ FR_ca: { 'list.label': 'Emplois' } }), ['fr', 'fr-CA']).jobs, 'locale keys in any case, _ for -').to.equal(
      'Emplois',
    );
  });

  it('the property wins over the inline script; both are read', () => {
    const given = sources({ 'list.label': 'From the property' }, '{ "list.label": "From the script", "error.retry": "Reload" }');
    expect(rendered(given)).to.include({ jobs: 'From the property', retry: 'Reload' });
  });

  it('a wrong or missing placeholder is reported once and the shipped text stays', () => {
    const wrong = sources({ 'count.in-country.other': '{n} jobs in {country}' });
    expect(rendered(wrong).count).to.equal('France: 12 jobs');
    rendered(wrong);
    expect(warnings).to.deep.equal([
      'careers-widget: strings: "count.in-country.other" has an unknown placeholder {n} (it takes {country}, {count}); the shipped text stays.',
    ]);
    warnings.length = 0;
    expect(rendered(sources({ 'count.in-country.other': '{count} jobs' })).count).to.equal('France: 12 jobs');
    expect(warnings).to.deep.equal([
      'careers-widget: strings: "count.in-country.other" lacks {country} (it takes {country}, {count}); the shipped text stays.',
    ]);
    warnings.length = 0;
    expect(rendered(sources({ 'list.label': 'Jobs in {country}' })).jobs).to.equal('Jobs');
    expect(warnings[0]).to.contain('(it takes no placeholders)');
  });

  it('never removes an accessible name: an empty or blank text is ignored, and said so', () => {
    expect(rendered(sources({ 'list.label': '', 'error.retry': '  ' }))).to.include({ jobs: 'Jobs', retry: 'Try again' });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.equal('careers-widget: strings: "list.label" must be non-empty text; the shipped text stays.');
  });

  it('reports unknown ids, values that are not text, a non-object and unreadable JSON; uses the rest', () => {
    const given = sources({ 'list.labels': 'x', 'filter.clear': 42, 'list.label': 'Roles' }, '{ not json');
    expect(rendered(given).jobs).to.equal('Roles');
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.match(/^careers-widget: <script data-strings> is not JSON \(.+\); ignored\.$/);
    expect(warnings[1]).to.equal('careers-widget: strings: "list.labels" is not a message id (the README lists them); ignored.');
    expect(warnings[2]).to.equal('careers-widget: strings: "filter.clear" must be non-empty text; the shipped text stays.');
    warnings.length = 0;
    for (const bad of [['list.label'], 'Jobs', 3]) expect(compile(sources(bad), ['en']).size).to.equal(0);
    expect(warnings).to.have.length(1, 'the same problem is reported once');
    expect(compile(sources(null, 'null'), ['en']).size).to.equal(0);
  });

  it('names of Object.prototype members are data: unknown ids, never members', () => {
    const given: Record<string, unknown> = {};
    for (const name of PROTO_NAMES) Object.defineProperty(given, name, { value: 'x', enumerable: true });
    const inline = `{ ${PROTO_NAMES.map((n) => `"${n}": { "list.label": "x" }`).join(', ')}, "__proto__": "y" }`;
    expect([...compile(sources(given, inline), ['en', 'en']).keys()]).to.deep.equal([]);
    // As a locale, such a name is a key like any other: its table applies to that locale only.
    expect([...compile(sources(null, inline), ['en', 'constructor']).entries()]).to.deep.equal([['list.label', 'x']]);
    expect([...compile(sources(null, inline), ['en', 'hasOwnProperty']).entries()]).to.deep.equal([['list.label', 'x']]);
    expect(Object.prototype).to.not.have.property('list.label');
    expect(warnings.every((w) => /is not a message id|must be non-empty|is not JSON/.test(w))).to.equal(true);
  });

  it('knows every message id, each with its placeholders', () => {
    expect(MESSAGE_PLACEHOLDERS.get('count.in-country.one')).to.deep.equal(['country', 'count']);
    expect(MESSAGE_PLACEHOLDERS.get('list.label')).to.deep.equal([]);
    expect(MESSAGE_PLACEHOLDERS.size).to.be.greaterThan(60);
  });
});
