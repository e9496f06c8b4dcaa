/**
 * The built CDN file on a plain page: no imports from src/, a classic host
 * stylesheet with aggressive global rules, and one <script type="module">,
 * exactly as an embedding page would do it. Needs `npm run build` first
 * (`npm test` runs it).
 */
import { expect } from '@open-wc/testing';

const HOST_CSS = `
  * { box-sizing: content-box; margin: 0; }
  body { font-family: Georgia, serif; }
  h3 { color: rgb(255, 0, 0); font-size: 40px; text-transform: uppercase; }
  li { list-style: square; color: rgb(0, 128, 0); }
  a { color: rgb(255, 0, 255) !important; }
  button, select { display: none; }
  .card, .list, .title { border: 10px dashed orange; }
`;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

async function until<T>(probe: () => T | null | undefined, what: string, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('dist/careers-widget.js on a plain page', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    document.head.append(style);
    await loadScript('/dist/careers-widget.js');
    // The file is a bootstrap that imports the widget: its load event comes first.
    await customElements.whenDefined('careers-widget');
  });

  it('defines the element and renders cards from a feed URL, unharmed by host CSS', async () => {
    expect(customElements.get('careers-widget'), 'defined').to.be.a('function');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<careers-widget id="w" src="/demo/feed.json" locale="en" filters="country language"></careers-widget>',
    );
    const el = document.getElementById('w')!;
    const cards = await until(() => {
      const found = el.shadowRoot?.querySelectorAll('.card');
      return found && found.length > 0 ? found : null;
    }, 'cards');
    expect(cards.length).to.equal(20);
    // A card whose title links out (the newest posting opens in the widget, its title a button).
    const title = el.shadowRoot!.querySelector<HTMLElement>('.card h3:has(a)')!;
    const titleStyle = getComputedStyle(title);
    expect(titleStyle.color).to.not.equal('rgb(255, 0, 0)');
    expect(titleStyle.textTransform).to.equal('none');
    expect(titleStyle.borderTopStyle).to.equal('none');
    const link = title.querySelector('a')!;
    expect(getComputedStyle(link).color).to.not.equal('rgb(255, 0, 255)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('li')!).listStyleType).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('select')!).display).to.not.equal('none');
    // The widget inherits the page's font on purpose.
    expect(getComputedStyle(title).fontFamily).to.contain('Georgia');
    el.remove();
  });

  it('loads a translation chunk relative to the script and applies the language rule', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<careers-widget id="fr" src="/demo/feed.json" locale="fr"></careers-widget>',
    );
    const el = document.getElementById('fr')!;
    const label = await until(() => {
      const l = el.shadowRoot?.querySelector('label[for="filter-country"]');
      return l && l.textContent!.trim() === 'Pays' && el.shadowRoot!.querySelector('.card') ? l : null;
    }, 'French UI');
    expect(label.textContent!.trim()).to.equal('Pays');
    const languages = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.language);
    expect(languages.length).to.equal(13);
    expect(languages.every((l) => l!.startsWith('fr'))).to.equal(true);
    el.remove();
  });

  it('loads the Simplified Chinese chunk for a zh-CN page', async () => {
    document.body.insertAdjacentHTML('beforeend', '<careers-widget id="zh" src="/demo/feed.json" locale="zh-CN"></careers-widget>');
    const el = document.getElementById('zh')!;
    const label = await until(() => {
      // No Chinese posting in the demo feed, so no country to choose: the language filter's label.
      const l = el.shadowRoot?.querySelector('label[for="filter-language"]');
      return l && l.textContent!.trim() === '语言' ? l : null;
    }, 'Chinese UI');
    expect(label.textContent!.trim()).to.equal('语言');
    el.remove();
  });

  it('bundles Lit in production mode, minified', async () => {
    // The test framework loads its own (development) Lit into this page, so
    // check the file itself rather than the page's warnings.
    // The entry is a bootstrap that imports the chunk holding the element and Lit.
    const entry = await (await fetch('/dist/careers-widget.js')).text();
    const core = /\bimport\(\s*[`'"]\.\/(chunks\/careers-core-[\w-]+\.js)[`'"]\s*\)/.exec(entry)?.[1];
    expect(core, 'the entry imports the core chunk').to.be.a('string');
    const code = entry + (await (await fetch(`/dist/${core}`)).text());
    expect(code).to.contain('adoptedStyleSheets');
    expect(code).to.not.contain('Lit is in dev mode');
    expect(code).to.not.match(/^\s*\/\/ node_modules\//m);
  });
});
