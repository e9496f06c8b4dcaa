/**
 * Every shipped language is complete: each `locales/<tag>.xlf` has a
 * non-empty `<target>` for every message the sources declare, with the same
 * placeholders as the English source, and no target is just the English
 * text left in place (except the few words each language really shares with
 * English, listed below). A language added to lit-localize.json without its
 * file, or a new `msg()` without `lit-localize extract`, fails here too.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));

/**
 * Targets that may equal the English source, per language, written with
 * placeholders as `${name}`: words the language uses as they are.
 */
const SAME_AS_ENGLISH = {
  de: ['Remote', 'Remote (${countries})', 'Hybrid'],
  nl: ['${amount} per week', 'Filters'],
  sv: ['Hybrid'],
};

/** The message ids the sources declare: `id: '…'` in each file that imports `msg`. */
function sourceIds() {
  const ids = new Set();
  const dir = join(ROOT, 'src');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !file.endsWith('.ts') || file.includes(`${join('src', 'generated')}`)) continue;
    const code = readFileSync(file, 'utf8');
    // msg() comes from our per-element module (src/i18n/localize.ts), typed as @lit/localize's.
    if (!/import \{[^}]*\bmsg\b[^}]*\} from '[./]*\/?(?:i18n\/)?localize\.js'/.test(code)) continue;
    for (const [, id] of code.matchAll(/\bid: '([^']+)'/g)) ids.add(id);
  }
  return ids;
}

/** Text of a `<source>` or `<target>`, placeholders written as `${name}`, and its placeholders (sorted). */
function read(element) {
  let text = '';
  const placeholders = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if (node.nodeName === 'x') {
      const name = node.getAttribute('equiv-text');
      placeholders.push(name);
      text += name;
    }
  }
  return { text: text.trim(), placeholders: placeholders.sort() };
}

/** What is wrong with one language's XLIFF file: one line per problem, none when it is complete. */
export function problems(xml, locale, allowed = SAME_AS_ENGLISH[locale] ?? []) {
  const found = [];
  const doc = new DOMParser({ onError: (level, message) => found.push(`XML ${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  const file = doc.getElementsByTagName('file')[0];
  if (file?.getAttribute('target-language') !== locale) found.push(`target-language is not "${locale}"`);
  const units = [...doc.getElementsByTagName('trans-unit')];
  const identical = new Set();
  for (const unit of units) {
    const id = unit.getAttribute('id');
    const source = read(unit.getElementsByTagName('source')[0]);
    const targetElement = unit.getElementsByTagName('target')[0];
    if (!targetElement) {
      found.push(`${id}: no <target>`);
      continue;
    }
    const target = read(targetElement);
    const words = target.text.replace(/\$\{\w+\}/g, '').trim();
    if (!words) found.push(`${id}: empty <target>`);
    if (target.placeholders.join() !== source.placeholders.join()) {
      found.push(`${id}: placeholders ${target.placeholders.join(', ') || 'none'}, the source has ${source.placeholders.join(', ') || 'none'}`);
    }
    if (target.text === source.text) {
      if (allowed.includes(source.text)) identical.add(source.text);
      else found.push(`${id}: <target> is the English source "${source.text}"`);
    }
  }
  for (const word of allowed) if (!identical.has(word)) found.push(`"${word}" is allowed to stay English but no target is: remove it from the list`);
  return { found, ids: units.map((u) => u.getAttribute('id')) };
}

const unit = (id, source, target) =>
  `<trans-unit id="${id}"><source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}</trans-unit>`;
const xliff = (locale, ...units) =>
  `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file target-language="${locale}" source-language="en"><body>${units.join('')}</body></file></xliff>`;
const x = (n, name) => `<x id="${n}" equiv-text="\${${name}}"/>`;

describe('the translation check', () => {
  it('accepts a complete file', () => {
    const xml = xliff('fr', unit('a', 'Close', 'Fermer'), unit('b', `${x(0, 'formatted')} jobs`, `${x(0, 'formatted')} offres`));
    assert.deepEqual(problems(xml, 'fr', []), { found: [], ids: ['a', 'b'] });
  });

  it('finds a missing, an empty and an untranslated target', () => {
    const xml = xliff('fr', unit('a', 'Close'), unit('b', 'Apply', ' '), unit('c', `${x(0, 'n')} jobs`, `${x(0, 'n')}`), unit('d', 'Salary', 'Salary'));
    assert.deepEqual(problems(xml, 'fr', []).found, [
      'a: no <target>',
      'b: empty <target>',
      'c: empty <target>',
      'd: <target> is the English source "Salary"',
    ]);
  });

  it('finds placeholders that differ from the source', () => {
    const xml = xliff(
      'de',
      unit('a', `${x(0, 'country')}: ${x(1, 'formatted')} jobs`, `${x(1, 'formatted')} Stellen`),
      unit('b', 'Jobs', `Stellen ${x(0, 'formatted')}`),
      unit('c', `Apply: ${x(0, 'title')}`, `Bewerben: ${x(0, 'name')}`),
    );
    assert.deepEqual(problems(xml, 'de', []).found, [
      'a: placeholders ${formatted}, the source has ${country}, ${formatted}',
      'b: placeholders ${formatted}, the source has none',
      'c: placeholders ${name}, the source has ${title}',
    ]);
  });

  it('lets only the listed words stay English, and only while they do', () => {
    const xml = xliff('de', unit('a', 'Remote', 'Remote'), unit('b', 'Hybrid', 'Hybrid'));
    assert.deepEqual(problems(xml, 'de', ['Remote', 'Contract']).found, [
      'b: <target> is the English source "Hybrid"',
      '"Contract" is allowed to stay English but no target is: remove it from the list',
    ]);
  });

  it('finds a file for another language', () => {
    assert.deepEqual(problems(xliff('de', unit('a', 'Close', 'Fermer')), 'fr', []).found, ['target-language is not "fr"']);
  });
});

describe('locales/*.xlf', () => {
  const declared = [...sourceIds()].sort();

  it('the sources declare messages (the id pattern still finds them)', () => {
    assert.ok(declared.length > 50, `only ${declared.length} message ids found in src/`);
    assert.ok(declared.includes('count.few') && declared.includes('detail.close'));
  });

  it('there is one file per target locale of lit-localize.json, and no other', () => {
    const files = readdirSync(join(ROOT, 'locales')).filter((f) => f.endsWith('.xlf')).map((f) => f.slice(0, -4));
    assert.deepEqual(files.sort(), [...config.targetLocales].sort());
  });

  for (const locale of config.targetLocales) {
    it(`${locale}: every message has a complete translation`, () => {
      const { found, ids } = problems(readFileSync(join(ROOT, 'locales', `${locale}.xlf`), 'utf8'), locale);
      assert.deepEqual(found, []);
      assert.deepEqual([...ids].sort(), declared, 'the file and the sources declare different messages: run `npx lit-localize extract`');
    });
  }
});
