import { expect } from '@open-wc/testing';
import {
  DEFAULTS,
  DEFAULT_SCRIPT_URL,
  contrastRatio,
  elementHtml,
  escapeAttribute,
  normalizeHex,
  snippet,
  widgetAttributes,
  widgetStyles,
  type WidgetOptions,
} from '../../demo/snippet.js';

const options = (overrides: Partial<WidgetOptions> = {}): WidgetOptions => ({ ...DEFAULTS, ...overrides });

/** The snippet as the browser reads it: the element's attributes, the script's src, the style text. */
function parse(html: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const element = doc.querySelector('careers-widget');
  return {
    scripts: [...doc.querySelectorAll('script')].map((s) => ({ type: s.type, src: s.getAttribute('src') })),
    attributes: element ? Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])) : undefined,
    styles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    elements: doc.body.children.length,
  };
}

describe('demo/snippet: the configurator’s embed code', () => {
  it('with every default: the script tag and a bare element, no style', () => {
    expect(snippet(options())).to.equal(
      `<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>\n<careers-widget></careers-widget>\n`,
    );
    expect(widgetAttributes(options())).to.deep.equal([]);
  });

  it('lists exactly the attributes that differ from the defaults, in a fixed order', () => {
    const attrs = widgetAttributes(
      options({ layout: 'list', src: '/jobs.json', locale: 'fr', pageSize: 6, theme: 'dark', groupBy: 'department', detail: 'dialog' }),
    );
    expect(attrs).to.deep.equal([
      ['src', '/jobs.json'],
      ['locale', 'fr'],
      ['page-size', '6'],
      ['detail', 'dialog'],
      ['theme', 'dark'],
      ['layout', 'list'],
      ['group-by', 'department'],
    ]);
  });

  it('leaves out values equal to a default, whatever was touched', () => {
    const attrs = widgetAttributes(
      options({ format: 'auto', pageSize: 20, detail: 'auto', theme: 'inherit', layout: 'grid', groupBy: 'none', filters: ['search', 'country', 'language'] }),
    );
    expect(attrs).to.deep.equal([], 'the default filters in another order are still the default');
  });

  it('writes filters in a canonical order, and "none" for no filter at all', () => {
    expect(widgetAttributes(options({ filters: ['search', 'department', 'country'] }))).to.deep.equal([['filters', 'country department search']]);
    expect(widgetAttributes(options({ filters: [] }))).to.deep.equal([['filters', 'none']]);
    expect(widgetAttributes(options({ filters: ['country', 'language', 'department', 'workplace', 'type', 'search'] }))).to.deep.equal([
      ['filters', 'country language department workplace type search'],
    ]);
  });

  it('leaves out values the widget would ignore (they would fall back to the default)', () => {
    const attrs = widgetAttributes(
      options({ pageSize: 0, format: 'csv' as never, detail: 'popup' as never, theme: 'neon' as never, layout: 'masonry' as never, groupBy: 'team' as never }),
    );
    expect(attrs).to.deep.equal([]);
    expect(widgetAttributes(options({ pageSize: 2.5 }))).to.deep.equal([]);
    expect(widgetAttributes(options({ pageSize: Number.NaN }))).to.deep.equal([]);
  });

  it('trims text fields and keeps the ATS options: format, feed language, posting language', () => {
    expect(widgetAttributes(options({ src: '  https://x.example/jobs  ', format: 'lever', feedLanguage: ' en ', postingLanguage: 'all' }))).to.deep.equal([
      ['src', 'https://x.example/jobs'],
      ['format', 'lever'],
      ['feed-language', 'en'],
      ['posting-language', 'all'],
    ]);
    expect(widgetAttributes(options({ src: '   ' }))).to.deep.equal([]);
  });

  it('escapes attribute values: quotes, ampersands and angle brackets cannot break out of the element', () => {
    const src = 'https://x.example/feed?a=1&b="2"><script>alert(1)</script>';
    const html = snippet(options({ src, locale: 'fr' }));
    expect(html).to.not.include('"2"');
    expect(html).to.not.include('<script>alert');
    const parsed = parse(html);
    expect(parsed.attributes).to.deep.equal({ src, locale: 'fr' }, 'the browser reads back the exact value');
    expect(parsed.scripts).to.have.length(1, 'no injected script');
    expect(escapeAttribute(`a&b"c<d>e'`)).to.equal(`a&amp;b&quot;c&lt;d&gt;e'`);
  });

  it('escapes the script URL too, and falls back to the default one when empty', () => {
    const parsed = parse(snippet(options(), 'https://cdn.example/w.js?x="1"&y=2'));
    expect(parsed.scripts).to.deep.equal([{ type: 'module', src: 'https://cdn.example/w.js?x="1"&y=2' }]);
    expect(parse(snippet(options(), '  ')).scripts[0]?.src).to.equal(DEFAULT_SCRIPT_URL);
  });

  it('puts up to two attributes on one line, more one per line; both parse to the same attributes', () => {
    expect(elementHtml(options({ src: '/a.json', locale: 'de' }))).to.equal('<careers-widget src="/a.json" locale="de"></careers-widget>');
    const multi = elementHtml(options({ src: '/a.json', locale: 'de', layout: 'compact' }));
    expect(multi).to.equal('<careers-widget\n  src="/a.json"\n  locale="de"\n  layout="compact"\n></careers-widget>');
    expect(parse(multi).attributes).to.deep.equal({ src: '/a.json', locale: 'de', layout: 'compact' });
  });

  it('adds a style block only when the brand colour differs from the default', () => {
    expect(parse(snippet(options({ accent: '#0A58CA' }))).styles).to.deep.equal([], 'the default, in capitals');
    expect(parse(snippet(options({ accent: '#0a5' }))).styles).to.have.length(1);
    const html = snippet(options({ accent: '#7A1FA2' }));
    expect(html).to.include('<style>\n  careers-widget {\n    --careers-color-accent: #7a1fa2;\n  }\n</style>\n');
    expect(parse(html).elements).to.equal(3, 'script, element, style');
  });

  it('never writes a colour that is not a hex colour into the style block', () => {
    const hostile = options({ accent: 'red; } body { display: none' });
    expect(widgetStyles(hostile)).to.deep.equal([]);
    expect(snippet(hostile)).to.not.include('<style>');
  });

  it('normalizes hex colours and computes WCAG contrast ratios', () => {
    expect(normalizeHex('#ABC')).to.equal('#aabbcc');
    expect(normalizeHex(' #7A1FA2 ')).to.equal('#7a1fa2');
    expect(normalizeHex('blue')).to.equal(undefined);
    expect(normalizeHex('#12345')).to.equal(undefined);
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    expect(contrastRatio('#0a58ca', '#ffffff')).to.be.above(4.5, 'the default accent passes AA on white');
    expect(contrastRatio('#ffcc00', '#ffffff')).to.be.below(3);
    expect(contrastRatio('nope', '#ffffff')).to.be.NaN;
  });
});
