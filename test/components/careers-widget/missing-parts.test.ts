/**
 * A lazy part of the widget that did not download (the detail controller or
 * view, a translation): the visitor reads a notice over what still works,
 * the page hears `careers-error` of kind `network`. The chunks themselves are
 * taken away in test/dist/missing-chunks.test.mjs (the built file); here the
 * element's side of it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CareersErrorEvent } from '../../../src/events/careers-events.js';
import { $, $$, mount, failOnPageErrors } from './helpers.js';

const NOTICE = "Part of the job listings couldn't be loaded. Check your connection and try again.";
const FETCH_FAILED = new TypeError('Failed to fetch dynamically imported module: /chunks/define-x.js');

/** Captures console.warn calls while `body` runs. */
function quietly<T>(body: () => T): { result: T; warned: unknown[][] } {
  const warned: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args);
  try {
    return { result: body(), warned };
  } finally {
    console.warn = original;
  }
}

describe('careers-widget: a part that did not download', () => {
  failOnPageErrors();

  it('shows a notice over the cards, fires careers-error (network) naming the module, and says so once', async () => {
    const el = await mount({ locale: 'en' });
    const fired = oneEvent(el, 'careers-error');
    const { warned } = quietly(() => el.partFailed('detail view', FETCH_FAILED));
    const event = (await fired) as CareersErrorEvent;
    expect(event.detail).to.deep.equal({
      kind: 'network',
      message: "Could not load the widget's detail view module: Failed to fetch dynamically imported module: /chunks/define-x.js",
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(warned).to.have.length(1);
    expect(warned[0]![0]).to.equal('careers-widget: could not load the detail view module.');
    await el.updateComplete;
    const notice = $(el, '[part="notice"][role="alert"]')!;
    expect(notice.textContent!.trim()).to.equal(NOTICE);
    expect($$(el, '.card')).to.have.length.greaterThan(0);
    await expect(el).to.be.accessible();

    // The same part failing again (several callers waited for one download) is not news.
    const events: Event[] = [];
    el.addEventListener('careers-error', (e) => events.push(e));
    quietly(() => el.partFailed('detail view', FETCH_FAILED));
    expect(events).to.deep.equal([]);
  });

  it('the notice goes once the detail controller loads after all', async () => {
    const el = await mount({ locale: 'en' });
    quietly(() => el.partFailed('detail', FETCH_FAILED));
    await el.updateComplete;
    expect($(el, '[part="notice"][role="alert"]')).to.not.equal(null);
    el.detail = 'inline'; // needs the controller: it downloads, and clears the notice
    await el.loadComplete;
    expect(el.missingPart).to.equal('');
    expect($(el, '[part="notice"][role="alert"]')).to.equal(null);
  });

  it('is said in the UI language', async () => {
    const el = await mount({ locale: 'fr' });
    quietly(() => el.partFailed('detail', FETCH_FAILED));
    await el.updateComplete;
    expect($(el, '[part="notice"][role="alert"]')!.textContent!.trim()).to.equal(
      'Une partie des offres d’emploi n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    );
  });
});
