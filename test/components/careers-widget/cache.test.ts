/**
 * Returning and offline visitors: the widget saves each `src` feed it loads
 * in `localStorage`, shows that copy at once on the next visit while the
 * feed loads again, and shows it with a discreet notice, instead of an
 * error, when the feed cannot be loaded. `window.fetch` is stubbed and the
 * retry waits are fake (`el.timers`); each test awaits the event, the load,
 * the save or the render that means what it checks.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersErrorEvent, CareersLoadEvent } from '../../../src/events/careers-events.js';
import { cacheKey } from '../../../src/feed/cache.js';
import { $, TEST_NOW, cardIds, sampleFeed, sampleRows, watchPageErrors } from './helpers.js';
import { fakeTimers, jsonResponse } from '../../support/network.js';

type Fetch = typeof window.fetch;

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);
const url = (path: string) => new URL(path, document.baseURI).href;

/** A widget on `src`, with fake timers, not yet connected; records its load and error events. */
function widget(src: string, attributes: Record<string, string> = {}, now = TEST_NOW) {
  const el = document.createElement('careers-widget');
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = now;
  el.timers = fakeTimers();
  el.src = src;
  const loads: CareersLoadEvent[] = [];
  const errors: CareersErrorEvent[] = [];
  el.addEventListener('careers-load', (e) => loads.push(e));
  el.addEventListener('careers-error', (e) => errors.push(e));
  return { el, loads, errors };
}

async function connect(el: CareersWidget): Promise<void> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
}

/** Resolves once the widget's shadow root holds `selector` (watched, not polled). */
function rendered(el: CareersWidget, selector: string): Promise<void> {
  const root = el.shadowRoot!;
  return new Promise((resolve) => {
    const check = () => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    check();
  });
}

const storage = {
  getItem: Storage.prototype.getItem,
  setItem: Storage.prototype.setItem,
  removeItem: Storage.prototype.removeItem,
};

/** Resolves with the key and value of each of the next `count` items saved in storage. */
function nextSaves(count = 1): Promise<[string, string][]> {
  const saved: [string, string][] = [];
  return new Promise((resolve) => {
    Storage.prototype.setItem = function (key: string, value: string) {
      storage.setItem.call(this, key, value);
      saved.push([key, value]);
      if (saved.length < count) return;
      Storage.prototype.setItem = storage.setItem;
      resolve(saved);
    };
  });
}

/** Records every storage call about the widget's copies. */
function spyStorage(): string[] {
  const calls: string[] = [];
  for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
    const original = storage[name] as (this: Storage, ...args: string[]) => unknown;
    Storage.prototype[name] = function (this: Storage, ...args: string[]) {
      if (args[0]?.startsWith('careers-widget:')) calls.push(`${name} ${args[0]}`);
      return original.apply(this, args);
    } as never;
  }
  return calls;
}

/**
 * One task later. With the chunks loaded, reading copies of a careers feed
 * and rendering them takes microtasks only, so by then that is over.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const notice = (el: Element) => $(el, '[part~="notice"][role="status"]');
const noticeText = (el: Element) => notice(el)?.textContent?.replace(/\s+/g, ' ').trim();
const alertText = (el: Element) => $(el, '[role="alert"] p')?.textContent?.trim();
const offline = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

describe('careers-widget: saved copies of the feed', () => {
  const realFetch = window.fetch;
  let page: ReturnType<typeof watchPageErrors>;
  let warnings: string[] = [];
  const warn = console.warn;
  let requests: string[] = [];
  const stub = (impl: Fetch) => {
    window.fetch = (input, init) => {
      requests.push(new URL(String(input)).pathname);
      return impl(input, init);
    };
  };

  beforeEach(() => {
    warnings = [];
    requests = [];
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    page = watchPageErrors();
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.warn = warn;
    Object.assign(Storage.prototype, storage);
    page.stop();
    expect(page.errors, 'nothing thrown into the host page').to.deep.equal([]);
  });

  /** A visit to `src` that loads `feed` and saves it: resolves once saved, then leaves. */
  async function firstVisit(src: string, feeds: Record<string, unknown> = {}, now = TEST_NOW): Promise<[string, string][]> {
    const { el } = widget(src, {}, now);
    stub(async (input) => jsonResponse(feeds[new URL(String(input)).pathname] ?? sampleFeed()));
    const saved = nextSaves(src.split(' ').length);
    await connect(el);
    await el.loadComplete;
    const entries = await saved;
    el.remove();
    return entries;
  }

  it('a first visit saves the feed as it came, under a versioned key, at `now`', async () => {
    const feed = sampleFeed(sampleRows().slice(0, 2));
    const [[key, value]] = (await firstVisit('/cache/jobs.json', { '/cache/jobs.json': feed })) as [[string, string]];
    expect(key).to.equal(cacheKey(url('/cache/jobs.json')));
    expect(key).to.equal(`careers-widget:feed:v1:${url('/cache/jobs.json')}`);
    const saved = JSON.parse(value) as Record<string, unknown>;
    expect(saved).to.deep.equal({
      v: 1,
      url: url('/cache/jobs.json'),
      savedAt: TEST_NOW.getTime(),
      type: 'application/json',
      body: JSON.stringify(feed),
    });
  });

  it('the next visit shows the saved cards at once, while the feed loads again, then the fresh ones', async () => {
    await firstVisit('/cache/jobs.json', { '/cache/jobs.json': sampleFeed(sampleRows().slice(0, 2)) });
    requests = [];
    const { el, loads, errors } = widget('/cache/jobs.json', {}, at(DAY));
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    stub(async () => {
      await answered;
      return jsonResponse(sampleFeed());
    });
    const saved = nextSaves();
    await connect(el);
    await rendered(el, '.card');
    expect(requests, 'the feed is requested all the same').to.deep.equal(['/cache/jobs.json']);
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-2']);
    expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="loading"]')).to.equal(null);
    expect(notice(el), 'no notice: these are being checked').to.equal(null);
    expect(loads, 'careers-load waits for the network').to.deep.equal([]);
    await expect(el).to.be.accessible();

    answer();
    await el.loadComplete;
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
    expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
    expect(loads.map((e) => [e.detail.count, e.detail.fromCache])).to.deep.equal([[9, []]]);
    expect(errors).to.deep.equal([]);
    const [[, value]] = (await saved) as [[string, string]];
    expect(JSON.parse(value)).to.include({ savedAt: at(DAY).getTime(), body: JSON.stringify(sampleFeed()) });
  });

  it('the network fails and a copy exists: its cards, a discreet notice, careers-load says why; no error', async () => {
    await firstVisit('/cache/jobs.json');
    const { el, loads, errors } = widget('/cache/jobs.json', {}, at(DAY));
    stub(offline);
    const loaded = oneEvent(el, 'careers-load');
    await connect(el);
    const event = (await loaded) as CareersLoadEvent;
    const message = `Could not reach ${url('/cache/jobs.json')}: Failed to fetch (3 attempts)`;
    expect(event.detail.count).to.equal(9);
    expect(event.detail.failedSources).to.deep.equal([]);
    expect(event.detail.fromCache).to.deep.equal([
      { url: url('/cache/jobs.json'), kind: 'network', message, savedAt: TEST_NOW.toISOString() },
    ]);
    await el.loadComplete;
    expect(errors).to.deep.equal([]);
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
    expect(el.organization?.name).to.equal('Example Corp');
    expect($(el, '[role="alert"]'), 'no error box').to.equal(null);
    expect($(el, '[part~="refresh-notice"]')).to.equal(null);
    expect(notice(el)!.getAttribute('part')).to.equal('notice stale-notice');
    expect(noticeText(el)).to.equal('These job listings may be out of date. Try again');
    expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
    expect(warnings).to.deep.equal([`careers-widget: ${message}; showing the copy saved at ${TEST_NOW.toISOString()} instead.`]);
    await expect(el).to.be.accessible();

    // Back online: Retry brings the fresh feed, and the notice goes.
    stub(async () => jsonResponse(sampleFeed(sampleRows().slice(1, 2))));
    $<HTMLButtonElement>(el, '[part~="stale-notice"] [part~="retry-button"]')!.click();
    await el.loadComplete;
    expect(notice(el)).to.equal(null);
    expect(cardIds(el)).to.deep.equal(['en-2']);
    expect(loads.map((e) => e.detail.fromCache.length)).to.deep.equal([1, 0]);
  });

  for (const [locale, text] of [
    ['fr', 'Ces offres d’emploi ne sont peut-être plus à jour. Réessayer'],
    ['de', 'Diese Stellenangebote sind möglicherweise nicht mehr aktuell. Erneut versuchen'],
    ['es', 'Es posible que estas ofertas de empleo no estén actualizadas. Reintentar'],
  ] as const) {
    it(`the notice in ${locale}`, async () => {
      await firstVisit('/cache/jobs.json');
      const { el } = widget('/cache/jobs.json', { locale });
      stub(async () => new Response('down', { status: 503 }));
      await connect(el);
      await el.loadComplete;
      expect(noticeText(el)).to.equal(text);
      await expect(el).to.be.accessible();
    });
  }

  it('several sources: the one that fails shows its copy, the other is fresh; only the fresh one is saved again', async () => {
    await firstVisit('/cache/a.json /cache/b.json', {
      '/cache/a.json': sampleFeed(sampleRows().slice(0, 2)),
      '/cache/b.json': sampleFeed(sampleRows().slice(2, 4)),
    });
    const { el, loads } = widget('/cache/a.json /cache/b.json', {}, at(SECOND));
    stub(async (input) =>
      String(input).endsWith('/a.json') ? jsonResponse(sampleFeed(sampleRows().slice(0, 1))) : new Response('gone', { status: 404 }),
    );
    const saved = nextSaves();
    await connect(el);
    await el.loadComplete;
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-3', 'en-4']);
    const b = url('/cache/b.json');
    expect(loads[0]!.detail.fromCache).to.deep.equal([
      { url: b, kind: 'http', status: 404, message: `${b} answered HTTP 404`, savedAt: TEST_NOW.toISOString() },
    ]);
    expect(loads[0]!.detail.failedSources).to.deep.equal([]);
    expect(noticeText(el), 'no Retry: a 404 would come back the same').to.equal('These job listings may be out of date.');
    const [[key]] = (await saved) as [[string, string]];
    expect(key).to.equal(cacheKey(url('/cache/a.json')));
    expect(JSON.parse(localStorage.getItem(cacheKey(b))!)).to.include({ savedAt: TEST_NOW.getTime() });
  });

  it('with debug, the stale notice says why; without, visitors read only the notice', async () => {
    await firstVisit('/cache/jobs.json');
    const { el } = widget('/cache/jobs.json', { debug: '' });
    stub(async () => new Response('down', { status: 503 }));
    await connect(el);
    await el.loadComplete;
    expect($(el, '[part~="stale-notice"] span')!.textContent!.trim()).to.equal('These job listings may be out of date.');
    expect($(el, '[part~="debug"]')!.textContent).to.contain(`${url('/cache/jobs.json')} answered HTTP 503 (3 attempts)`);
    await expect(el).to.be.accessible();
    el.debug = false;
    await el.updateComplete;
    expect($(el, '[part~="debug"]')).to.equal(null);
    expect(noticeText(el)).to.equal('These job listings may be out of date. Try again');
  });

  it('a refresh that fails: the copy, with the stale notice and careers-load, not the refresh error', async () => {
    const { el, loads, errors } = widget('/cache/jobs.json');
    stub(async () => jsonResponse(sampleFeed()));
    const saved = nextSaves();
    await connect(el);
    await el.loadComplete;
    await saved;
    stub(offline);
    el.reload();
    await el.loadComplete;
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
    expect($(el, '[part~="stale-notice"]')).to.not.equal(null);
    expect($(el, '[part~="refresh-notice"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(loads.map((e) => e.detail.fromCache.map((s) => s.kind))).to.deep.equal([[], ['network']]);
  });

  it('during a refresh the cards on screen stay: a newer copy (saved by another widget) does not replace them', async () => {
    const first = widget('/cache/jobs.json');
    stub(async () => jsonResponse(sampleFeed(sampleRows().slice(0, 1))));
    let saved = nextSaves();
    await connect(first.el);
    await first.el.loadComplete;
    await saved;
    const other = widget('/cache/jobs.json');
    stub(async () => jsonResponse(sampleFeed(sampleRows().slice(1, 2))));
    saved = nextSaves();
    await connect(other.el);
    await other.el.loadComplete;
    await saved;
    expect([cardIds(first.el), cardIds(other.el)]).to.deep.equal([['en-1'], ['en-2']]);

    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    stub(async () => {
      asked();
      await answered;
      return jsonResponse(sampleFeed(sampleRows().slice(2, 3)));
    });
    first.el.reload();
    await requested;
    await nextTask();
    expect(cardIds(first.el), 'the cards shown before').to.deep.equal(['en-1']);
    expect($(first.el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    answer();
    await first.el.loadComplete;
    expect(cardIds(first.el)).to.deep.equal(['en-3']);
  });

  it('the network fails and there is no copy: the error box, as before', async () => {
    const { el, errors, loads } = widget('/cache/never-saved.json');
    stub(offline);
    await connect(el);
    await el.loadComplete;
    expect(alertText(el)).to.equal("The job listings couldn't be reached. Check your connection and try again.");
    expect(errors).to.have.length(1);
    expect(loads).to.deep.equal([]);
    expect(notice(el)).to.equal(null);
  });

  it('cache="off": the widget neither reads nor saves copies', async () => {
    await firstVisit('/cache/jobs.json', { '/cache/jobs.json': sampleFeed(sampleRows().slice(0, 1)) });
    const before = localStorage.getItem(cacheKey(url('/cache/jobs.json')));
    const calls = spyStorage();
    for (const value of ['off', ' OFF ']) {
      const fresh = widget('/cache/jobs.json', { cache: value });
      stub(async () => jsonResponse(sampleFeed()));
      await connect(fresh.el);
      await fresh.el.loadComplete;
      expect(cardIds(fresh.el), value).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
    }
    const { el, errors } = widget('/cache/jobs.json', { cache: 'off' });
    stub(offline);
    await connect(el);
    await el.loadComplete;
    expect(alertText(el)).to.equal("The job listings couldn't be reached. Check your connection and try again.");
    expect(errors).to.have.length(1);
    expect(calls).to.deep.equal([]);
    expect(localStorage.getItem(cacheKey(url('/cache/jobs.json')))).to.equal(before);
    expect(el.cache).to.equal('off');
  });

  it('cache-ttl is in seconds: a copy 59.999 s old is shown with cache-ttl="60", one 60 s old is not (and is removed)', async () => {
    await firstVisit('/cache/jobs.json');
    const young = widget('/cache/jobs.json', { 'cache-ttl': '60' }, at(60 * SECOND - 1));
    stub(offline);
    await connect(young.el);
    await young.el.loadComplete;
    expect(cardIds(young.el)).to.have.length(4);
    expect(young.loads[0]!.detail.fromCache).to.have.length(1);

    const old = widget('/cache/jobs.json', { 'cache-ttl': '60' }, at(60 * SECOND));
    await connect(old.el);
    await old.el.loadComplete;
    expect(alertText(old.el)).to.equal("The job listings couldn't be reached. Check your connection and try again.");
    expect(old.loads).to.deep.equal([]);
    expect(localStorage.getItem(cacheKey(url('/cache/jobs.json')))).to.equal(null);
  });

  it('cache-ttl defaults to 7 days; invalid values fall back to it', async () => {
    const el = document.createElement('careers-widget');
    expect(el.cacheTtl).to.equal(604_800);
    el.setAttribute('cache-ttl', '3600');
    expect(el.cacheTtl).to.equal(3600);
    await firstVisit('/cache/jobs.json');
    for (const [ttl, age, shown] of [
      [undefined, 7 * DAY - 1, true],
      ['soon', 7 * DAY - 1, true],
      ['-1', 7 * DAY, false],
    ] as const) {
      const { el: visit } = widget('/cache/jobs.json', ttl === undefined ? {} : { 'cache-ttl': ttl }, at(age));
      stub(offline);
      await connect(visit);
      await visit.loadComplete;
      expect(cardIds(visit).length > 0, `cache-ttl=${ttl}, age ${age}`).to.equal(shown);
    }
  });

  describe('storage that is broken, full, foreign or old is ignored: the feed still shows', () => {
    const key = (path = '/cache/jobs.json') => cacheKey(url(path));
    const copy = (path = '/cache/jobs.json') => ({ v: 1, url: url(path), savedAt: TEST_NOW.getTime(), type: 'application/json', body: JSON.stringify(sampleFeed()) });
    const localStorageDescriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    afterEach(() => {
      if (localStorageDescriptor) Object.defineProperty(window, 'localStorage', localStorageDescriptor);
      else delete (window as { localStorage?: Storage }).localStorage;
    });

    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    /** What is under a URL's key, and how the storage then breaks. */
    const cases: [string, (path: string) => void, (() => void)?][] = [
      ['corrupt JSON under the key', (path) => localStorage.setItem(key(path), '{"v":1,"url":"')],
      ['a foreign value under the key', (path) => localStorage.setItem(key(path), JSON.stringify({ theme: 'dark' }))],
      ['a copy under an older version key', (path) => localStorage.setItem(`careers-widget:feed:v0:${url(path)}`, JSON.stringify({ ...copy(path), v: 0 }))],
      ['a copy of an older shape under this key', (path) => localStorage.setItem(key(path), JSON.stringify({ ...copy(path), v: 0 }))],
      [
        'getItem and setItem that throw',
        (path) => localStorage.setItem(key(path), JSON.stringify(copy(path))),
        () => {
          Storage.prototype.getItem = throwing;
          Storage.prototype.setItem = throwing;
        },
      ],
      [
        'localStorage that throws on access (sandboxed iframe, storage disabled)',
        (path) => localStorage.setItem(key(path), JSON.stringify(copy(path))),
        () => Object.defineProperty(window, 'localStorage', { configurable: true, get: throwing }),
      ],
    ];

    for (const [name, seed, breakStorage] of cases) {
      it(`${name}: a feed that loads shows; one that fails is the error box`, async () => {
        seed('/cache/ok.json');
        seed('/cache/failing.json');
        breakStorage?.();
        const ok = widget('/cache/ok.json');
        stub(async () => jsonResponse(sampleFeed(sampleRows().slice(0, 1))));
        await connect(ok.el);
        await ok.el.loadComplete;
        expect(cardIds(ok.el)).to.deep.equal(['en-1']);
        expect(ok.errors).to.deep.equal([]);

        const failing = widget('/cache/failing.json');
        stub(offline);
        await connect(failing.el);
        await failing.el.loadComplete;
        expect(alertText(failing.el)).to.equal("The job listings couldn't be reached. Check your connection and try again.");
        expect(failing.loads).to.deep.equal([]);
        await expect(failing.el).to.be.accessible();
      });
    }

    it('quota exceeded: the feed shows, nothing is saved, and the old copy is gone', async () => {
      localStorage.setItem(key(), JSON.stringify(copy()));
      let attempts = 0;
      Storage.prototype.setItem = () => {
        attempts += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const removed = new Promise<void>((resolve) => {
        Storage.prototype.removeItem = function (this: Storage, name: string) {
          storage.removeItem.call(this, name);
          if (name === key()) resolve();
        };
      });
      const { el, errors } = widget('/cache/jobs.json');
      stub(async () => jsonResponse(sampleFeed(sampleRows().slice(0, 1))));
      await connect(el);
      await el.loadComplete;
      await removed;
      expect(cardIds(el)).to.deep.equal(['en-1']);
      expect(errors).to.deep.equal([]);
      expect(attempts).to.equal(1);
      expect(storage.getItem.call(localStorage, key())).to.equal(null);
    });
  });

  it('the feed property and inline feeds are not saved, nor read from copies', async () => {
    const calls = spyStorage();
    const el = document.createElement('careers-widget');
    el.now = TEST_NOW;
    el.feed = sampleFeed();
    await connect(el);
    await el.loadComplete;
    expect(cardIds(el)).to.have.length(4);

    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inline = document.createElement('careers-widget');
    inline.now = TEST_NOW;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(sampleFeed());
    inline.append(script);
    host.append(inline);
    await inline.loadComplete;
    expect(cardIds(inline)).to.have.length(4);
    expect(calls).to.deep.equal([]);
  });
});
