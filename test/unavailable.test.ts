/**
 * What the CDN bootstrap shows when the widget's own code could not load
 * (`src/unavailable.ts`). Each case runs in a fresh iframe, whose custom
 * element registry is its own; the last one in this page, which has no
 * `<careers-widget>` defined (this file never imports the element).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { POLICY_NAMES, UNAVAILABLE_MESSAGE, widgetUnavailable } from '../src/unavailable.js';
import { visitorErrorMessage } from '../src/components/careers-widget/messages.js';

type Win = Window & typeof globalThis;

const FETCH_FAILED = new TypeError('Failed to fetch dynamically imported module: https://cdn.example/chunks/careers-core-x.js');
const LIT_REFUSED = new TypeError(`Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy "lit-html" disallowed.`);

/** A fresh same-origin iframe holding `body`, with its console.error recorded. */
async function frame(body: string): Promise<{ win: Win; doc: Document; logged: unknown[][]; remove(): void }> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const win = iframe.contentWindow as Win;
  const doc = win.document;
  doc.body.innerHTML = body;
  const logged: unknown[][] = [];
  win.console.error = (...args: unknown[]) => void logged.push(args);
  return { win, doc, logged, remove: () => iframe.remove() };
}

/** The visitor's message in a stand-in element: the text of its shadow root's alert. */
const shown = (el: Element | null): string | undefined => el?.shadowRoot?.querySelector('p[role="alert"][part="error"]')?.textContent ?? undefined;

describe('widgetUnavailable', () => {
  it('a chunk that did not download: every element says so, fires careers-error (network), the console says what to serve', async () => {
    const { win, doc, logged, remove } = await frame('<careers-widget id="a"></careers-widget><p><careers-widget id="b"></careers-widget></p>');
    const events: CustomEvent[] = [];
    doc.addEventListener('careers-error', (e) => events.push(e as CustomEvent));

    expect(widgetUnavailable(FETCH_FAILED, win)).to.equal('network');

    expect(shown(doc.getElementById('a'))).to.equal("The job listings couldn't be loaded.");
    expect(shown(doc.getElementById('b'))).to.equal("The job listings couldn't be loaded.");
    expect(events.map((e) => (e.target as Element).id)).to.deep.equal(['a', 'b']);
    expect(events[0]!.detail).to.deep.equal({
      kind: 'network',
      message: 'could not load its chunks; serve chunks/ beside careers-widget.js (allowed by script-src)',
    });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(logged).to.have.length(1);
    expect(logged[0]![0]).to.equal('careers-widget: could not load its chunks; serve chunks/ beside careers-widget.js (allowed by script-src).');
    expect(logged[0]![1]).to.equal(FETCH_FAILED);
    remove();
  });

  it('an element added later says so too, once, also when it moves', async () => {
    const { win, doc, remove } = await frame('<div id="box"></div>');
    widgetUnavailable(FETCH_FAILED, win);
    const late = doc.createElement('careers-widget');
    const fired = oneEvent(late, 'careers-error');
    doc.body.append(late);
    expect(((await fired) as CustomEvent).detail.kind).to.equal('network');
    const events: Event[] = [];
    late.addEventListener('careers-error', (e) => events.push(e));
    doc.getElementById('box')!.append(late);
    expect(events).to.deep.equal([]);
    expect(late.shadowRoot!.querySelectorAll('p')).to.have.length(1);
    remove();
  });

  it('says it in English, marked as such, on a page in any language', async () => {
    const { win, doc, remove } = await frame(`
      <careers-widget id="fr" locale="fr-CA"></careers-widget>
      <section lang="ar"><careers-widget id="ar"></careers-widget></section>`);
    widgetUnavailable(FETCH_FAILED, win);
    for (const id of ['fr', 'ar']) {
      const box = doc.getElementById(id)!.shadowRoot!.querySelector('p')!;
      expect(box.textContent).to.equal("The job listings couldn't be loaded.");
      expect(box.lang).to.equal('en');
    }
    remove();
  });

  it('a Trusted Types policy refused: kind policy, and the console names every policy to allow', async () => {
    const { win, doc, logged, remove } = await frame('<careers-widget></careers-widget>');
    const fired = oneEvent(doc.querySelector('careers-widget')!, 'careers-error');
    expect(widgetUnavailable(LIT_REFUSED, win)).to.equal('policy');
    const event = (await fired) as CustomEvent;
    expect(event.detail.kind).to.equal('policy');
    expect(logged[0]![0]).to.equal(
      "careers-widget: the page's CSP refused a Trusted Types policy it needs; allow: trusted-types lit-html careers-widget.",
    );
    expect(POLICY_NAMES).to.equal('lit-html careers-widget');
    remove();
  });

  it('without Trusted Types in the browser, a failure is a network one whatever it says', async () => {
    const { win, remove } = await frame('');
    // A browser without Trusted Types: its window has no `trustedTypes`.
    const { console, customElements, HTMLElement, document, navigator, CustomEvent } = win;
    const without = { console, customElements, HTMLElement, document, navigator, CustomEvent } as unknown as Win;
    expect(widgetUnavailable(LIT_REFUSED, without)).to.equal('network');
    remove();
  });

  it('leaves a tag that something else defined alone, and throws nothing', async () => {
    const { win, doc, logged, remove } = await frame('<careers-widget></careers-widget>');
    class Other extends win.HTMLElement {}
    win.customElements.define('careers-widget', Other);
    expect(() => widgetUnavailable(FETCH_FAILED, win)).not.to.throw();
    expect(win.customElements.get('careers-widget')).to.equal(Other);
    expect(doc.querySelector('careers-widget')!.shadowRoot).to.equal(null);
    expect(logged).to.have.length(1);
    remove();
  });
});

describe('UNAVAILABLE_MESSAGE', () => {
  it('is the widget\'s own "couldn\'t be loaded" message', () => {
    expect(UNAVAILABLE_MESSAGE).to.equal(visitorErrorMessage('http', true));
  });
});

describe('widgetUnavailable in this page', () => {
  it('shows an accessible alert', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'de');
    el.lang = 'de';
    document.body.append(el);
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(widgetUnavailable(FETCH_FAILED)).to.equal('network');
    } finally {
      console.error = original;
    }
    expect(shown(el)).to.equal("The job listings couldn't be loaded.");
    await expect(el).to.be.accessible();
    el.remove();
  });
});
