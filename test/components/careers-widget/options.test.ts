import { expect } from '@open-wc/testing';
import {
  applyOnCard,
  parseApplyOnCard,
  parseFilterControls,
  parseFormat,
  parseHeadingLevel,
  parseLinkTarget,
  parsePageSize,
  parseSort,
} from '../../../src/components/careers-widget/options.js';
import { requestedLocales } from '../../../src/components/careers-widget/locale.js';
import { defineElement } from '../../../src/components/define.js';

describe('careers-widget: attribute parsing', () => {
  it('filters: known words in canonical order, case-insensitive; none and empty give no controls', () => {
    expect([...parseFilterControls('SEARCH  country bogus')]).to.deep.equal(['country', 'search']);
    expect([...parseFilterControls(null)]).to.deep.equal(['country', 'language', 'search']);
    expect(parseFilterControls('none').size).to.equal(0);
    expect(parseFilterControls('').size).to.equal(0);
    expect([...parseFilterControls('type workplace department language')]).to.deep.equal([
      'language',
      'department',
      'workplace',
      'type',
    ]);
  });

  it('format: the widget formats, else auto; workday is read by the CLI only (no CORS), never by the widget', () => {
    expect(['GREENHOUSE', 'jsonld', 'careers', 'workday', 'taleo', null].map(parseFormat)).to.deep.equal([
      'greenhouse',
      'jsonld',
      'careers',
      'auto',
      'auto',
      'auto',
    ]);
  });

  it('heading-level: 2 to 6, else 3', () => {
    expect([1, 2, 4, 6, 7, 2.5, 'x', '5'].map(parseHeadingLevel)).to.deep.equal([3, 2, 4, 6, 3, 3, 3, 5]);
  });

  it('page-size: positive integers, else 20', () => {
    expect([1, 50, 0, -3, 1.5, 'abc', '7'].map(parsePageSize)).to.deep.equal([1, 50, 20, 20, 20, 20, 7]);
  });

  it('sort and link-target: known values, else the default', () => {
    expect([parseSort('title'), parseSort('newest'), parseSort('oldest')]).to.deep.equal(['title', 'newest', 'newest']);
    expect([parseLinkTarget('_blank'), parseLinkTarget('_top'), parseLinkTarget(undefined)]).to.deep.equal([
      '_blank',
      '_self',
      '_self',
    ]);
  });
});

describe('careers-widget: apply-on-card', () => {
  it('parses auto, on and off in any case; the bare attribute is on; anything else is auto', () => {
    expect(['auto', 'ON', ' off ', '', 'yes', undefined, null].map(parseApplyOnCard)).to.deep.equal(['auto', 'on', 'off', 'on', 'auto', 'auto', 'auto']);
  });

  const posting = { url: 'https://jobs.example/1', applyUrl: 'https://apply.example/1' };
  it('auto: an applyUrl of its own, on a posting that opens as a link', () => {
    expect(applyOnCard(posting, 'auto', 'auto')).to.equal(true);
    expect(applyOnCard(posting, 'auto', 'link')).to.equal(true);
    expect(applyOnCard(posting, 'auto', 'inline'), 'the detail view has Apply').to.equal(false);
    expect(applyOnCard(posting, 'auto', 'dialog')).to.equal(false);
    expect(applyOnCard({ applyUrl: posting.applyUrl, description: '<p>x</p>' }, 'auto', 'auto'), 'no url: opens inline').to.equal(false);
    expect(applyOnCard({ ...posting, applyUrl: posting.url }, 'auto', 'auto'), 'the title leads there').to.equal(false);
  });

  it('on: wherever there is an applyUrl; off: never; no applyUrl: never', () => {
    expect(applyOnCard(posting, 'on', 'dialog')).to.equal(true);
    expect(applyOnCard({ ...posting, applyUrl: posting.url }, 'on', 'link')).to.equal(true);
    expect(applyOnCard(posting, 'off', 'link')).to.equal(false);
    expect(applyOnCard({ url: posting.url }, 'on', 'link')).to.equal(false);
  });
});

describe('careers-widget: locale inheritance', () => {
  it('takes the attribute, else the nearest lang, crossing shadow roots, else the browser languages', () => {
    const outer = document.createElement('div');
    outer.lang = 'de-AT';
    const host = document.createElement('div');
    outer.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(requestedLocales(inner, '')).to.deep.equal(['de-AT']);
    expect(requestedLocales(inner, 'fr')).to.deep.equal(['fr']);
    const loose = document.createElement('span');
    expect(navigator.languages.length).to.be.greaterThan(0);
    // All of the browser's languages (the UI may match a later one), then English.
    expect(requestedLocales(loose, '')).to.deep.equal([...navigator.languages.map((l) => Intl.getCanonicalLocales(l)[0]), 'en']);
  });

  it('cleans a malformed tag, or passes over it to the next candidate', () => {
    const outer = document.createElement('div');
    outer.lang = 'de_CH';
    const middle = document.createElement('div');
    middle.lang = '@@';
    outer.append(middle);
    const inner = document.createElement('span');
    middle.append(inner);
    expect(requestedLocales(inner, 'fr_FR')).to.deep.equal(['fr-FR']);
    expect(requestedLocales(inner, 'en-')).to.deep.equal(['en']);
    expect(requestedLocales(inner, '%%')).to.deep.equal(['de-CH']);
    expect(requestedLocales(inner, '')).to.deep.equal(['de-CH']);
    middle.lang = 'pt_br';
    expect(requestedLocales(inner, '')).to.deep.equal(['pt-BR']);
  });
});

describe('element definition', () => {
  const captureWarnings = () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    return { warnings, restore: () => (console.warn = warn) };
  };

  it('keeps the first class when another one claims the tag, and warns once naming both', () => {
    class FirstWidget extends HTMLElement {}
    class SecondWidget extends HTMLElement {}
    const { warnings, restore } = captureWarnings();
    try {
      expect(defineElement('careers-double-test', FirstWidget)).to.equal(true);
      expect(defineElement('careers-double-test', SecondWidget)).to.equal(false);
      expect(defineElement('careers-double-test', SecondWidget)).to.equal(false);
    } finally {
      restore();
    }
    expect(customElements.get('careers-double-test')).to.equal(FirstWidget);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<careers-double-test>').and.contain('FirstWidget').and.contain('SecondWidget');
  });

  it('is silent when the same class is defined again (one bundle loaded twice)', () => {
    class OnlyWidget extends HTMLElement {}
    const { warnings, restore } = captureWarnings();
    try {
      expect(defineElement('careers-same-test', OnlyWidget)).to.equal(true);
      expect(defineElement('careers-same-test', OnlyWidget)).to.equal(true);
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([]);
  });
});
