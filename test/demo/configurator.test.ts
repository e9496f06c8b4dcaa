import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CareersWidget } from '../../src/index.js';
import { SAMPLES, setUpConfigurator, type Configurator } from '../../demo/configurator.js';
import { DEFAULT_SCRIPT_URL, snippet, widgetAttributes } from '../../demo/snippet.js';

/** The configurator page's <main>, from the real demo/configurator.html, with its stylesheets (axe checks contrast). */
let markup = '';
before(async () => {
  const response = await fetch('/demo/configurator.html');
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  markup = doc.querySelector('main')!.innerHTML;
  await Promise.all(
    ['/demo/demo.css', '/demo/configurator.css'].map(
      (href) =>
        new Promise((resolve, reject) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
          link.addEventListener('load', resolve);
          link.addEventListener('error', reject);
          document.head.append(link);
        }),
    ),
  );
});

let host: HTMLElement;
let cfg: Configurator;
const $ = <T extends Element>(selector: string) => host.querySelector<T>(selector)!;
const preview = () => $<CareersWidget>('#preview');

/** Sets a form control as a person would: the value, then the events the browser fires. */
function set(selector: string, value: string | boolean): void {
  const control = $<HTMLInputElement | HTMLSelectElement>(selector);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const attributesOf = (el: Element, names: readonly string[]) =>
  Object.fromEntries(names.filter((n) => el.hasAttribute(n)).map((n) => [n, el.getAttribute(n)]));
const MANAGED = ['src', 'format', 'feed-language', 'locale', 'posting-language', 'filters', 'page-size', 'detail', 'theme', 'layout', 'group-by'];

beforeEach(() => {
  host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  cfg = setUpConfigurator(host);
});

afterEach(() => host.remove());

describe('demo/configurator', () => {
  it('starts on the demo feed with every other option at its default', async () => {
    expect($<HTMLSelectElement>('#cfg-sample').value).to.equal('demo');
    expect(attributesOf(preview(), MANAGED)).to.deep.equal({ src: '/demo/feed.json' });
    expect($<HTMLTextAreaElement>('#cfg-snippet').value).to.equal(
      `<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>\n<careers-widget src="/demo/feed.json"></careers-widget>\n`,
    );
    await preview().loadComplete;
    expect(preview().shadowRoot!.querySelectorAll('.card').length).to.be.above(0);
  });

  it('offers the 12 UI locales, each sample feed, and the filters checked by default', () => {
    const locales = [...$<HTMLSelectElement>('#cfg-locale').options].map((o) => o.value);
    expect(locales).to.deep.equal(['', 'en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ja', 'zh-Hans', 'ar']);
    const samples = [...$<HTMLSelectElement>('#cfg-sample').options].map((o) => o.value);
    expect(samples).to.deep.equal([...SAMPLES.map((s) => s.id), 'custom']);
    const checked = [...host.querySelectorAll<HTMLInputElement>('input[name="filters"]:checked')].map((b) => b.value);
    expect(checked).to.deep.equal(['country', 'language', 'search']);
  });

  it('applies each change to the preview and to the code: the same non-default attributes', () => {
    set('#cfg-locale', 'fr');
    set('#cfg-filter-search', false);
    set('#cfg-filter-department', true);
    set('#cfg-layout-list', true);
    set('#cfg-page-size', '5');
    set('#cfg-group-by', 'department');
    set('#cfg-theme', 'dark');
    set('#cfg-detail', 'dialog');
    const expected = {
      src: '/demo/feed.json',
      locale: 'fr',
      filters: 'country language department',
      'page-size': '5',
      detail: 'dialog',
      theme: 'dark',
      layout: 'list',
      'group-by': 'department',
    };
    expect(attributesOf(preview(), MANAGED)).to.deep.equal(expected);
    expect(Object.fromEntries(widgetAttributes(cfg.read()))).to.deep.equal(expected);
    const code = new DOMParser().parseFromString($<HTMLTextAreaElement>('#cfg-snippet').value, 'text/html');
    const element = code.querySelector('careers-widget')!;
    expect(Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]))).to.deep.equal(expected);
    expect(code.querySelector('style'), 'no colour changed').to.equal(null);

    // Back to a default: the attribute goes from both.
    set('#cfg-layout-grid', true);
    expect(preview().hasAttribute('layout')).to.equal(false);
    expect($<HTMLTextAreaElement>('#cfg-snippet').value).to.not.include('layout=');
  });

  it('a brand colour goes to the preview and to a style block; the hint gives its contrast on white', () => {
    set('#cfg-accent', '#7a1fa2');
    expect(preview().style.getPropertyValue('--careers-color-accent')).to.equal('#7a1fa2');
    expect($<HTMLTextAreaElement>('#cfg-snippet').value).to.include('--careers-color-accent: #7a1fa2;');
    expect($('#cfg-accent-contrast').textContent).to.match(/^Contrast with white: \d+\.\d:1, readable/);

    set('#cfg-accent', '#ffd400');
    expect($('#cfg-accent-contrast').textContent).to.match(/too low for link text/);

    $<HTMLButtonElement>('#cfg-accent-reset').click();
    expect(preview().style.getPropertyValue('--careers-color-accent')).to.equal('');
    expect($<HTMLTextAreaElement>('#cfg-snippet').value).to.not.include('<style>');
  });

  it('a sample fills URL, format and feed language; editing the URL makes it "my own feed"', () => {
    set('#cfg-sample', 'lever');
    expect($<HTMLInputElement>('#cfg-src').value).to.equal('/test/fixtures/ats/lever.json');
    expect(attributesOf(preview(), MANAGED)).to.deep.equal({ src: '/test/fixtures/ats/lever.json', format: 'lever', 'feed-language': 'en' });

    set('#cfg-src', 'https://jobs.example/feed.json?team=a&b="c"');
    expect($<HTMLSelectElement>('#cfg-sample').value).to.equal('custom');
    expect(preview().getAttribute('src')).to.equal('https://jobs.example/feed.json?team=a&b="c"');
    expect($<HTMLTextAreaElement>('#cfg-snippet').value).to.include('src="https://jobs.example/feed.json?team=a&amp;b=&quot;c&quot;"');

    // Typing the sample's values back selects that sample again.
    set('#cfg-src', '/test/fixtures/ats/lever.json');
    expect($<HTMLSelectElement>('#cfg-sample').value).to.equal('lever');
  });

  it('uses the script address that is entered in the code', () => {
    set('#cfg-script-url', 'https://static.example.org/widget/careers-widget.js');
    expect($<HTMLTextAreaElement>('#cfg-snippet').value.split('\n')[0]).to.equal(
      '<script type="module" src="https://static.example.org/widget/careers-widget.js"></script>',
    );
    expect(cfg.code()).to.equal(snippet(cfg.read(), 'https://static.example.org/widget/careers-widget.js'));
  });

  describe('Copy', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', descriptor));

    it('writes the code to the clipboard and says so in a status message', async () => {
      let written = '';
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (text: string) => void (written = text) }),
      });
      set('#cfg-locale', 'de');
      const status = $('#cfg-copy-status');
      expect(status.getAttribute('role')).to.equal('status');
      $<HTMLButtonElement>('#cfg-copy').click();
      // The click handler runs copy(); a second call shows the same outcome, awaited.
      expect(await cfg.copy()).to.equal('copied');
      expect(written).to.equal(cfg.code());
      expect(written).to.include('locale="de"');
      expect(status.textContent).to.equal('Code copied. Paste it into your page.');

      // Changing an option clears the claim: the new code was not copied.
      set('#cfg-locale', 'es');
      expect(status.textContent).to.equal('');
    });

    it('without the Clipboard API, or when it refuses, selects the code and tells how to copy it', async () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
      const output = $<HTMLTextAreaElement>('#cfg-snippet');
      expect(await cfg.copy()).to.equal('selected');
      expect(document.activeElement).to.equal(output);
      expect([output.selectionStart, output.selectionEnd]).to.deep.equal([0, output.value.length]);
      expect($('#cfg-copy-status').textContent).to.match(/The code is selected: press Ctrl\+C/);

      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
      });
      output.setSelectionRange(0, 0);
      expect(await cfg.copy()).to.equal('selected');
      expect([output.selectionStart, output.selectionEnd]).to.deep.equal([0, output.value.length]);
    });
  });

  it('is accessible (axe), with the preview loaded, in English and in Arabic', async () => {
    await preview().loadComplete;
    await expect(host).to.be.accessible();
    set('#cfg-locale', 'ar');
    set('#cfg-posting-language', 'all');
    await preview().loadComplete;
    await preview().updateComplete;
    await expect(host).to.be.accessible();
  });

  it('every control has a visible label and the groups have legends', () => {
    for (const control of host.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const labels = [...(control.labels ?? [])];
      expect(labels.length, `#${control.id} has a label`).to.be.above(0);
      expect(labels.some((l) => l.getBoundingClientRect().width > 0), `#${control.id}'s label is visible`).to.equal(true);
    }
    for (const fieldset of host.querySelectorAll('fieldset')) expect(fieldset.querySelector(':scope > legend')?.textContent?.trim()).to.not.equal('');
  });
});
