/**
 * The probe: a classic inline script at the top of every bench page (widget
 * and static floor alike), so the widget's own code carries no measuring
 * code at all. It records, in `window.__bench`:
 *
 * - `firstCard`: ms from navigation start until a card is in the widget's
 *   shadow DOM (a MutationObserver on the shadow root, attached the moment
 *   the root is created); on the static page, when the parser has read the
 *   pre-rendered cards;
 * - `attached`: when the widget attached its shadow root (it is upgraded
 *   and connected: the earliest moment it could send the feed request);
 * - `loaded`: when `careers-load` fired (the feed is parsed, validated and
 *   normalized), `count` its posting count;
 * - `jsonParse`: ms spent in `JSON.parse` on large texts (the feed);
 * - `keys`: for each keystroke, ms from its `keydown` until the widget's
 *   update after the `input` event is in the DOM;
 * - `errors`: anything the page reported (error events, rejections,
 *   `careers-error`);
 * - `longTask`: the longest task the Long Tasks API reported (50 ms and
 *   more; 0 when none), for runs without a trace.
 *
 * Each of those moments is also a `performance.mark()`, so the trace the
 * bench records can place them among the main thread's tasks.
 */
export const PROBE = `(() => {
  const bench = (window.__bench = { attached: 0, firstCard: 0, loaded: 0, count: -1, jsonParse: 0, keys: [], errors: [], longTask: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTask = Math.max(bench.longTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const mark = (name) => performance.mark(name);
  bench.staticCard = () => {
    bench.firstCard = performance.now();
    mark('bench:first-card');
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'careers-widget') {
      bench.attached ||= performance.now();
      const observer = new MutationObserver(() => {
        if (!bench.firstCard && root.querySelector('[part~="card"]')) {
          bench.firstCard = performance.now();
          mark('bench:first-card');
          observer.disconnect();
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };
  addEventListener('careers-load', (e) => {
    bench.loaded = performance.now();
    bench.count = e.detail.count;
    mark('bench:loaded');
  });
  addEventListener('careers-error', (e) => bench.errors.push('careers-error: ' + e.detail.message));
  addEventListener('error', (e) => bench.errors.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => bench.errors.push('unhandled rejection: ' + e.reason));
  const parse = JSON.parse;
  JSON.parse = function (text, reviver) {
    const start = performance.now();
    try {
      return parse.call(JSON, text, reviver);
    } finally {
      if (typeof text === 'string' && text.length > 4096) bench.jsonParse += performance.now() - start;
    }
  };
  let keyAt = 0;
  addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, true);
  addEventListener('input', () => {
    const el = document.querySelector('careers-widget');
    const start = keyAt;
    el.updateComplete.then(() => bench.keys.push(performance.now() - start));
  });
  const widget = () => document.querySelector('careers-widget');
  /** Runs action() and resolves to the ms until the widget's update is in the DOM. */
  const timed = async (action) => {
    const el = widget();
    const start = performance.now();
    action(el.shadowRoot);
    await el.updateComplete;
    return performance.now() - start;
  };
  const chooseCountry = (index) => (root) => {
    const select = root.querySelector('#filter-country');
    select.value = select.options[index].value;
    select.dispatchEvent(new Event('change'));
  };
  bench.filterToCountry = () => timed(chooseCountry(1));
  bench.filterToAll = () => timed(chooseCountry(0));
  bench.showMore = () => timed((root) => root.querySelector('[part~="more-button"]').click());
  bench.cards = () => widget().shadowRoot.querySelectorAll('[part~="card"]').length;
  bench.status = () => widget().shadowRoot.querySelector('[part~="status"]')?.textContent.trim() ?? '';
  bench.focusSearch = () => widget().shadowRoot.querySelector('#filter-query').focus();
  bench.snapshot = () => {
    const root = widget().shadowRoot;
    const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n')
      + [...root.querySelectorAll('style')].map((s) => s.textContent).join('\\n');
    const html = [...root.childNodes].filter((n) => n.localName !== 'style').map((n) => n.outerHTML ?? '').join('');
    return { css, html };
  };
  bench.anchor = () => performance.mark('bench:anchor').startTime;
})();`;
