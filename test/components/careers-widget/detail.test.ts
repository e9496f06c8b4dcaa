/**
 * The posting page: detail view inline, in a dialog and for `posting`; the
 * Apply link; focus; JSON-LD only while a posting is shown; events.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersPosting } from '../../../src/components/careers-posting/careers-posting.js';
import { $, $$, cardIds, mount, sampleFeed, sampleRows, seedRow } from './helpers.js';
import { UI_LOCALES } from '../../../src/localization.js';


const feedWithSeed = (extra: Record<string, unknown> = {}) => sampleFeed([seedRow(extra), ...sampleRows()]);

const detail = (el: CareersWidget): CareersPosting | null => $<CareersPosting>(el, 'careers-posting');
const inDetail = <E extends Element = HTMLElement>(el: CareersWidget, selector: string): E | null =>
  detail(el)?.shadowRoot?.querySelector<E>(selector) ?? null;
const jsonLdScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

/** Clicks a card's title and waits for the detail to render. */
async function open(el: CareersWidget, id: string): Promise<CareersPosting> {
  const opened = oneEvent(el, 'careers-posting-open');
  $<HTMLElement>(el, `.card[data-id="${id}"] .link`)!.click();
  await opened;
  await el.updateComplete;
  const view = detail(el)!;
  await view.updateComplete;
  return view;
}

describe('careers-widget: detail view', () => {
  afterEach(() => {
    for (const script of jsonLdScripts()) script.remove();
    delete (window as { __xss?: number }).__xss;
  });

  describe('inline', () => {
    it('opens in place of the list; focus moves to its heading; Back returns focus to the card', async () => {
      const el = await mount({ locale: 'en', detail: 'inline' }, feedWithSeed());
      const view = await open(el, 'seed-1');
      expect($(el, 'ul.list'), 'list replaced').to.equal(null);
      const heading = inDetail(el, '[part~="detail-title"]')!;
      expect(heading.tagName).to.equal('H3');
      expect(heading.textContent).to.equal('Senior Backend Engineer II');
      expect(view.shadowRoot!.activeElement).to.equal(heading);
      inDetail<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
      await el.updateComplete;
      expect(detail(el)).to.equal(null);
      expect(cardIds(el)).to.include('seed-1');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.card[data-id="seed-1"] .link'));
    });

    it('shows every field: facts, salary from…, date, sanitized description, sections in order, Apply', async () => {
      const el = await mount({ locale: 'en', detail: 'inline' }, feedWithSeed());
      await open(el, 'seed-1');
      const text = (selector: string) => inDetail(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
      expect(text('[part~="salary"] dd')).to.equal('from €90,000 per year');
      expect(text('[part~="posted"] dd')).to.equal('2 days ago');
      expect(text('[part~="type"] dd')).to.equal('Full-time');
      expect(text('[part~="department"] dd')).to.equal('Engineering');
      const description = inDetail(el, '[part~="description"]')!;
      expect(description.textContent).to.contain('takes responsibility for major backend subsystems');
      expect(description.querySelector('script, [onclick]')).to.equal(null);
      // The description's h1 sits below the detail's h3.
      expect(description.querySelector('h4')?.textContent).to.equal('About the team');
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      const sections = [...detail(el)!.shadowRoot!.querySelectorAll('[part~="section"]')];
      expect(sections.map((s) => s.querySelector('h4')?.textContent)).to.deep.equal([
        'Job Responsibility',
        'Requirements',
        'Nice to have',
        'What we offer',
      ]);
      expect([...sections[1]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        '9+ years of backend experience',
        'PostgreSQL',
      ]);
      const apply = inDetail<HTMLAnchorElement>(el, '[part~="apply-button"]')!;
      expect(apply.textContent!.trim()).to.equal('Apply now');
      expect(apply.getAttribute('href')).to.equal('https://apply.example/seed-1?ref=board#form');
    });

    it('a maximum alone reads "up to"; the organization shows its name', async () => {
      const el = await mount(
        { locale: 'fr', detail: 'inline', 'posting-language': 'en' },
        feedWithSeed({ salary: { currency: 'EUR', max: 5000, period: 'month' } }),
      );
      await open(el, 'seed-1');
      expect(inDetail(el, '[part~="salary"] dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^jusqu’à 5\s000\s€ par mois$/);
      expect(inDetail(el, '.organization')!.textContent).to.contain('Example Corp');
      expect(inDetail(el, '[part~="back-button"]')!.textContent!.trim()).to.equal('Retour à toutes les offres');
    });

    it('the posting text carries the posting language', async () => {
      const el = await mount({ locale: 'de', detail: 'inline', 'posting-language': 'all' }, feedWithSeed());
      await open(el, 'seed-1');
      expect(inDetail(el, '[part~="detail-title"]')!.getAttribute('lang')).to.equal('en');
      expect(inDetail(el, '[part~="description"]')!.getAttribute('lang')).to.equal('en');
      expect(inDetail(el, '[part~="section"]')!.getAttribute('lang')).to.equal('en');
    });

    it('heading-level sets the detail heading; sections sit one below', async () => {
      const el = await mount({ locale: 'en', detail: 'inline', 'heading-level': '2' }, feedWithSeed());
      await open(el, 'seed-1');
      expect(inDetail(el, '[part~="detail-title"]')!.tagName).to.equal('H2');
      expect(inDetail(el, '[part~="section-title"]')!.tagName).to.equal('H3');
    });
  });

  describe('dialog', () => {
    it('opens a modal dialog named by the title; Escape closes it and focus returns to the card', async () => {
      const el = await mount({ locale: 'en', detail: 'dialog' }, feedWithSeed());
      expect($(el, '.card[data-id="seed-1"] .link')!.getAttribute('aria-haspopup')).to.equal('dialog');
      const view = await open(el, 'seed-1');
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Senior Backend Engineer II');
      expect($(el, 'ul.list'), 'the list stays behind the dialog').to.exist;
      expect(view.shadowRoot!.activeElement).to.equal(inDetail(el, '[part~="detail-title"]'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, 'dialog')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.card[data-id="seed-1"] .link'));
    });

    it('the Close button closes it', async () => {
      const el = await mount({ locale: 'es', detail: 'dialog', 'posting-language': 'en' }, feedWithSeed());
      await open(el, 'seed-1');
      const close = inDetail<HTMLButtonElement>(el, '[part~="back-button"]')!;
      expect(close.textContent!.trim()).to.equal('Cerrar');
      close.click();
      await el.updateComplete;
      expect($(el, 'dialog')).to.equal(null);
    });
  });

  describe('keyboard alone', () => {
    /** The focused element, through shadow roots. */
    const deepActive = (): Element | null => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    const isHeading = (node: Element | null) => node?.getAttribute('part') === 'detail-title';

    it('inline: Enter on a card opens the posting at its heading; Shift+Tab, Enter on Back returns to the card', async () => {
      const el = await mount({ locale: 'en', detail: 'inline' }, feedWithSeed());
      $<HTMLElement>(el, '.card[data-id="seed-1"] .link')!.focus();
      const opened = oneEvent(el, 'careers-posting-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await waitUntil(() => isHeading(deepActive()), 'focus on the detail heading');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()?.getAttribute('part')).to.equal('button back-button');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive()).to.equal($(el, '.card[data-id="seed-1"] .link'));
    });

    it('dialog: Enter opens it, Tab stays inside, Escape closes it and focus returns', async () => {
      const el = await mount({ locale: 'en', detail: 'dialog' }, feedWithSeed());
      $<HTMLElement>(el, '.card[data-id="seed-1"] .link')!.focus();
      const opened = oneEvent(el, 'careers-posting-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await waitUntil(() => isHeading(deepActive()), 'focus on the detail heading');
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      /** `node` or one of its ancestors across shadow roots is the dialog. */
      const inDialog = (node: Node | null): boolean => {
        for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === dialog) return true;
        return false;
      };
      const visited: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        // Between cycles focus may rest on the document itself (the browser's own UI); never on the page behind.
        if (active && active !== document.body && active !== document.documentElement) {
          expect(inDialog(active), `tab ${i + 1}: ${active.outerHTML.slice(0, 80)}`).to.equal(true);
          visited.push(active.getAttribute('part') ?? active.tagName);
        }
      }
      expect(visited).to.include('apply-button').and.include('button back-button');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, 'dialog')).to.equal(null);
      expect(deepActive()).to.equal($(el, '.card[data-id="seed-1"] .link'));
    });
  });

  describe('auto (the default)', () => {
    it('a posting with a description and no url opens inline; one with a url stays a link', async () => {
      const el = await mount({ locale: 'en' }, feedWithSeed());
      const seed = $<HTMLAnchorElement>(el, '.card[data-id="seed-1"] .link')!;
      expect(seed.tagName, 'no url, no deep link: a button').to.equal('BUTTON');
      const other = $<HTMLAnchorElement>(el, '.card[data-id="en-1"] .link')!;
      expect(other.getAttribute('href')).to.equal('https://jobs.example/en-1');
      await open(el, 'seed-1');
      expect(inDetail(el, '[part~="detail-title"]')).to.exist;
    });

    it('link mode keeps the card a link to the posting page and opens nothing', async () => {
      const el = await mount({ locale: 'en', detail: 'link' }, sampleFeed());
      let opened = false;
      el.addEventListener('careers-posting-open', () => (opened = true));
      const link = $<HTMLAnchorElement>(el, '.card[data-id="en-2"] .link')!;
      link.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      link.click();
      await el.updateComplete;
      expect(opened).to.equal(false);
      expect(detail(el)).to.equal(null);
    });
  });

  describe('events', () => {
    it('careers-posting-open and careers-apply-click name the posting, its language and country', async () => {
      const el = await mount({ locale: 'en', detail: 'inline', country: 'FR' }, feedWithSeed());
      const opened = oneEvent(el, 'careers-posting-open');
      $<HTMLElement>(el, '.card[data-id="seed-1"] .link')!.click();
      const event = await opened;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ id: 'seed-1', title: 'Senior Backend Engineer II', url: '', language: 'en', country: 'FR' });
      await el.updateComplete;
      await detail(el)!.updateComplete;
      const apply = inDetail<HTMLAnchorElement>(el, '[part~="apply-button"]')!;
      apply.addEventListener('click', (e) => e.preventDefault());
      const applied = oneEvent(el, 'careers-apply-click');
      apply.click();
      expect((await applied).detail).to.deep.equal({
        id: 'seed-1',
        title: 'Senior Backend Engineer II',
        url: 'https://apply.example/seed-1?ref=board#form',
        language: 'en',
        country: 'FR',
      });
    });
  });

  describe('apply-on-card', () => {
    it('adds an Apply link named for its job where the posting has an applyUrl', async () => {
      const el = await mount({ locale: 'en', 'apply-on-card': '' }, feedWithSeed());
      const links = $$<HTMLAnchorElement>(el, '[part~="apply-link"]');
      expect(links).to.have.length(1);
      expect(links[0]!.textContent!.trim()).to.equal('Apply');
      expect(links[0]!.getAttribute('aria-label')).to.equal('Apply: Senior Backend Engineer II');
      expect(links[0]!.getAttribute('href')).to.equal('https://apply.example/seed-1?ref=board#form');
      // By default (auto) none: the posting has no page of its own, so it opens in the widget, whose Apply button is there.
      const plain = await mount({ locale: 'en' }, feedWithSeed());
      expect($$(plain, '[part~="apply-link"]')).to.have.length(0);
    });

    const linked = (extra: Record<string, unknown> = {}) =>
      seedRow({ id: 'linked', url: 'https://jobs.example/linked', applyUrl: 'https://apply.example/linked', ...extra });

    it('by default (auto), on the card of a posting that opens as a link and has its own application form, from the first render', async () => {
      const el = await mount({ locale: 'en' }, sampleFeed([linked(), linked({ id: 'same', applyUrl: 'https://jobs.example/same', url: 'https://jobs.example/same' }), linked({ id: 'none', applyUrl: undefined })]));
      const apply = (id: string) => $<HTMLAnchorElement>(el, `.card[data-id="${id}"] [part~="apply-link"]`);
      expect(apply('linked')?.getAttribute('href')).to.equal('https://apply.example/linked');
      expect(apply('same'), 'the title already leads to the form').to.equal(null);
      expect(apply('none'), 'no applyUrl').to.equal(null);
      expect(el.shadowRoot!.querySelector('careers-posting'), 'no detail view needed').to.equal(null);
      // Styled as a button from the start: no detail chunk had to arrive for it.
      expect(getComputedStyle(apply('linked')!).minBlockSize).to.equal('44px');
      await expect(el).to.be.accessible();
    });

    it('auto leaves it to the detail view where postings open in the widget; off shows none; on shows it everywhere', async () => {
      const feed = () => sampleFeed([linked(), seedRow()]);
      const count = (el: HTMLElement) => $$(el, '[part~="apply-link"]').length;
      expect(count(await mount({ locale: 'en', detail: 'inline' }, feed()))).to.equal(0);
      expect(count(await mount({ locale: 'en', 'apply-on-card': 'off' }, feed()))).to.equal(0);
      expect(count(await mount({ locale: 'en', 'apply-on-card': 'on', detail: 'dialog' }, feed()))).to.equal(2);
      expect(count(await mount({ locale: 'en', 'apply-on-card': 'nonsense' }, feed())), 'unknown: auto').to.equal(1);
    });

    it('a click on it is a careers-apply-click naming the posting and the link, in the chosen country', async () => {
      const el = await mount({ locale: 'en', country: 'FR' }, sampleFeed([linked()]));
      el.addEventListener('click', (e) => e.preventDefault());
      const clicked = oneEvent(el, 'careers-apply-click');
      $<HTMLAnchorElement>(el, '[part~="apply-link"]')!.click();
      expect((await clicked).detail).to.deep.equal({
        id: 'linked',
        title: 'Senior Backend Engineer II',
        url: 'https://apply.example/linked',
        language: 'en',
        country: 'FR',
      });
    });
  });

  describe('campaign parameters', () => {
    const original = window.location.href;
    afterEach(() => history.replaceState(history.state, '', original));

    it("a card's Apply link carries them from its first render: the campaign chunk arrives beside the feed", async () => {
      const el = await mount(
        { locale: 'en', source: 'careers-page' },
        sampleFeed([seedRow({ id: 'linked', url: 'https://jobs.example/linked', applyUrl: 'https://apply.example/linked' })]),
      );
      expect($<HTMLAnchorElement>(el, '[part~="apply-link"]')!.getAttribute('href')).to.equal('https://apply.example/linked?utm_source=careers-page');
    });

    it('passes the page utm_* and the source attribute to Apply, never to mailto:', async () => {
      history.replaceState(history.state, '', `${window.location.pathname}?utm_source=newsletter&utm_campaign=spring&other=1`);
      const el = await mount(
        { locale: 'en', 'apply-on-card': '', source: 'careers-page', 'source-param': 'gh_src' },
        sampleFeed([seedRow(), seedRow({ id: 'seed-2', applyUrl: 'mailto:jobs@example.com' })]),
      );
      const hrefs = $$<HTMLAnchorElement>(el, '[part~="apply-link"]').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        'https://apply.example/seed-1?ref=board&utm_source=newsletter&utm_campaign=spring&gh_src=careers-page#form',
        'mailto:jobs@example.com',
      ]);
    });
  });

  describe('single posting (`posting`)', () => {
    it('shows just that posting, without a Back button, and announces it once', async () => {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.setAttribute('posting', 'seed-1');
      el.feed = feedWithSeed();
      const opened = oneEvent(el, 'careers-posting-open');
      document.body.append(el);
      expect((await opened).detail.id).to.equal('seed-1');
      await el.loadComplete;
      await detail(el)!.updateComplete;
      expect($(el, 'ul.list')).to.equal(null);
      expect(inDetail(el, '[part~="detail-title"]')!.textContent).to.equal('Senior Backend Engineer II');
      expect(inDetail(el, '[part~="back-button"]')).to.equal(null);
      expect(jsonLdScripts()).to.have.length(1);
      el.remove();
      expect(jsonLdScripts(), 'removed with the element').to.have.length(0);
    });

    it('an unknown id falls back to the list with a polite note', async () => {
      const el = await mount({ locale: 'en', posting: 'gone-42' }, feedWithSeed());
      const note = $(el, '[part~="link-notice"]')!;
      expect(note.getAttribute('role')).to.equal('status');
      expect(note.textContent!.trim()).to.equal('This job is no longer available. Here are our current openings.');
      expect(cardIds(el).length).to.be.greaterThan(0);
    });
  });

  describe('structured data', () => {
    it('one JobPosting in <head> while a posting is open, none on the list, gone on close', async () => {
      const el = await mount({ locale: 'en', detail: 'inline' }, feedWithSeed());
      expect(jsonLdScripts()).to.have.length(0);
      await open(el, 'seed-1');
      const scripts = jsonLdScripts();
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.text) as Record<string, unknown>;
      expect(data['@type']).to.equal('JobPosting');
      expect(data['title']).to.equal('Senior Backend Engineer II');
      expect(data['description']).to.contain('Job Responsibility').and.not.contain('<script');
      expect(scripts[0]!.text).to.not.match(/<\/script|<!--/i);
      inDetail<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
      await el.updateComplete;
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('an undated posting: no date in the detail view, no datePosted in its JobPosting', async () => {
      const el = await mount({ locale: 'en', detail: 'inline' }, feedWithSeed({ datePosted: undefined }));
      // Undated, it comes after the dated sample postings.
      expect(cardIds(el).at(-1)).to.equal('seed-1');
      const view = await open(el, 'seed-1');
      expect(inDetail(el, '[part~="posted"]'), 'no date shown').to.equal(null);
      expect(view.shadowRoot!.querySelector('time')).to.equal(null);
      // The pay line stays.
      expect(inDetail(el, '[part~="salary"] dd')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('from €90,000 per year');
      const data = JSON.parse(jsonLdScripts()[0]!.text) as Record<string, unknown>;
      expect(data['title']).to.equal('Senior Backend Engineer II');
      expect(data, 'Google wants datePosted, but none is made up').to.not.have.property('datePosted');
      await expect(el).to.be.accessible();
    });

    it('structured-data="off" adds none', async () => {
      const el = await mount({ locale: 'en', detail: 'inline', 'structured-data': 'off' }, feedWithSeed());
      await open(el, 'seed-1');
      expect(jsonLdScripts()).to.have.length(0);
    });
  });

  describe('sync-title', () => {
    it('names the posting in the page title while open, and restores it', async () => {
      document.title = 'Careers at Example';
      const before = document.title;
      const el = await mount({ locale: 'en', detail: 'inline', 'sync-title': '' }, feedWithSeed());
      await open(el, 'seed-1');
      expect(document.title).to.equal(`Senior Backend Engineer II – ${before}`);
      inDetail<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
      await el.updateComplete;
      expect(document.title).to.equal(before);
    });

    it('names a `posting` page too, and restores the title when the widget leaves', async () => {
      document.title = 'Careers at Example';
      const el = await mount({ locale: 'en', posting: 'seed-1', 'sync-title': '' }, feedWithSeed());
      expect(document.title).to.equal('Senior Backend Engineer II – Careers at Example');
      el.remove();
      expect(document.title).to.equal('Careers at Example');
    });

    it('leaves the page title alone without it', async () => {
      const before = document.title;
      const el = await mount({ locale: 'en', detail: 'inline' }, feedWithSeed());
      await open(el, 'seed-1');
      expect(document.title).to.equal(before);
    });
  });

  describe('accessibility', () => {
    for (const locale of UI_LOCALES) {
      it(`inline detail is accessible in ${locale}`, async () => {
        const el = await mount({ locale, detail: 'inline', 'posting-language': 'all' }, feedWithSeed());
        await open(el, 'seed-1');
        await expect(el).to.be.accessible();
      });

      it(`dialog detail is accessible in ${locale}`, async () => {
        const el = await mount({ locale, detail: 'dialog', 'posting-language': 'all' }, feedWithSeed());
        await open(el, 'seed-1');
        await expect(el).to.be.accessible();
        $<HTMLDialogElement>(el, 'dialog')!.close();
        await el.updateComplete;
      });
    }

    it('apply-on-card and the stale-link note are accessible', async () => {
      const el = await mount({ locale: 'en', 'apply-on-card': '', posting: 'gone' }, feedWithSeed());
      await expect(el).to.be.accessible();
    });
  });
});
