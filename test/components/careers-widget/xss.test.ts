/**
 * The XSS corpus (test/detail/xss-corpus.ts, plus a few payloads aimed at
 * text and JSON-LD contexts) and hostile URLs pushed through every text and
 * URL field of the native feed and of each ATS format, served over real HTTP
 * (the fault server's scripted answers), into the rendered widget: the list
 * and every posting's detail view.
 *
 * After each render: no payload ran (the `__xss` canary stays 0, `alert`
 * is never called, nothing reaches `window.onerror`), every element in
 * every shadow root is one the widget renders itself (or, inside a
 * description, one the sanitizer allows), no attribute is an event handler,
 * only http(s)/mailto URLs reach an `href` or `src`, untrusted text shows
 * as text, and the JSON-LD the detail adds to `<head>` stays one JSON
 * script.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersLoadEvent } from '../../../src/events/careers-events.js';
import { XSS_CORPUS } from '../../detail/xss-corpus.js';
import { TEST_NOW, failOnPageErrors } from './helpers.js';
import { faultUrl } from '../../support/faults.js';

declare global {
  interface Window {
    __xss: number;
  }
}

/** Payloads for text fields: the corpus, and breakouts aimed at JSON-LD, XML and attribute contexts. */
const TEXTS: readonly string[] = [
  ...XSS_CORPUS.map((p) => p.html),
  '</script><script>__xss++</script>',
  '"};__xss++;//',
  ']]><img src=x onerror=__xss++>',
  '--><img src=x onerror=__xss++>',
  '" onmouseover="__xss++" x="',
  "' autofocus onfocus='__xss++' x='",
  '${__xss++}',
  '{{constructor.constructor("__xss++")()}}',
];

/** URLs that must never reach an href or src, and two odd ones that may (they are http(s) and mailto). */
const URLS: readonly string[] = [
  'javascript:__xss++',
  'JaVaScRiPt:__xss++',
  ' javascript:__xss++',
  'java\tscript:__xss++',
  'java\nscript:__xss++',
  '\u0001javascript:__xss++',
  'javascript://jobs.example/%0a__xss++',
  'data:text/html,<script>parent.__xss++</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MrKzwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://jobs.example/0000',
  '//evil.example/job',
  '&#106;avascript:__xss++',
  'jAvAsCrIpT&colon;__xss++',
  'https://ok.example/job"><svg/onload=__xss++>',
  'mailto:jobs@ok.example?subject=<script>__xss++</script>',
];

/** Text payloads in groups, one group per posting, so every payload goes through every field. */
const GROUP = 12;
const GROUPS: string[] = [];
for (let i = 0; i < TEXTS.length; i += GROUP) GROUPS.push(TEXTS.slice(i, i + GROUP).join(' '));

/** For posting `i`: its text (a group of payloads) and its URL. */
interface Row {
  readonly i: number;
  readonly t: string;
  readonly u: string;
}
/** As many postings as it takes for every group and every URL, as a posting's URL and as an Apply URL. */
const ROWS: readonly Row[] = Array.from({ length: Math.max(GROUPS.length, URLS.length) }, (_, i) => ({
  i,
  t: GROUPS[i % GROUPS.length]!,
  u: URLS[i % URLS.length]!,
}));
const applyUrl = (r: Row) => URLS[(r.i + 1) % URLS.length]!;

/** Escaped for XML text; the control characters XML 1.0 cannot carry at all (even escaped) are left out. */
const escapeXml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const cdata = (s: string) =>
  `<![CDATA[${s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface Source {
  readonly format: string;
  readonly body: string;
  readonly contentType?: string;
  /** Appended to the URL (Personio reads its language and board there). */
  readonly query?: string;
}

const native = (): Source => ({
  format: 'careers',
  body: JSON.stringify({
    version: 1,
    organization: { name: ROWS[0]!.t, url: URLS[0], logo: URLS[7] },
    postings: ROWS.map((r) => ({
      id: `n${r.i}`,
      title: r.t,
      language: 'en',
      url: r.u,
      applyUrl: applyUrl(r),
      locations: [{ city: r.t, region: r.t, country: 'DE' }, { city: r.t }],
      department: r.t,
      team: r.t,
      summary: r.t,
      description: r.t,
      sections: [{ title: r.t, items: [r.t, r.t] }],
      datePosted: '2026-03-01',
      salary: { currency: 'EUR', min: 1, max: 2, period: 'year' },
    })),
  }),
});

const greenhouse = (): Source => ({
  format: 'greenhouse',
  body: JSON.stringify({
    jobs: ROWS.map((r) => ({
      id: 1000 + r.i,
      internal_job_id: 2000 + r.i,
      title: r.t,
      absolute_url: r.u,
      language: 'en',
      location: { name: r.t },
      offices: [{ name: r.t, location: r.t }],
      departments: [{ name: r.t }],
      metadata: [
        { name: 'Employment Type', value: r.t },
        { name: 'Workplace type', value: r.t },
      ],
      first_published: '2026-03-01T10:00:00Z',
      updated_at: '2026-03-02T10:00:00Z',
      // Greenhouse sends its HTML entity-escaped; the adapter decodes it once.
      content: escapeHtml(r.t),
      company_name: r.t,
    })),
  }),
});

const lever = (): Source => ({
  format: 'lever',
  body: JSON.stringify(
    ROWS.map((r) => ({
      id: `lever-${r.i}`,
      text: r.t,
      hostedUrl: r.u,
      applyUrl: applyUrl(r),
      categories: { commitment: r.t, department: r.t, team: r.t, location: r.t, allLocations: [r.t, r.t] },
      country: r.t,
      workplaceType: r.t,
      createdAt: Date.UTC(2026, 2, 1),
      opening: r.t,
      openingPlain: r.t,
      description: r.t,
      descriptionPlain: r.t,
      additional: r.t,
      lists: [{ text: r.t, content: `<li>${r.t}</li><li>${r.t}</li>` }],
      salaryRange: { min: 1, max: 2, currency: r.t, interval: r.t },
    })),
  ),
});

const ashby = (): Source => {
  const address = (r: Row) => ({ postalAddress: { addressLocality: r.t, addressRegion: r.t, addressCountry: r.t } });
  return {
    format: 'ashby',
    body: JSON.stringify({
      apiVersion: '1',
      jobs: ROWS.map((r) => ({
        id: `ashby-${r.i}`,
        title: r.t,
        department: r.t,
        team: r.t,
        employmentType: r.t,
        location: r.t,
        secondaryLocations: [{ location: r.t, address: address(r) }],
        address: address(r),
        publishedAt: '2026-03-01T10:00:00Z',
        isListed: true,
        isRemote: false,
        workplaceType: r.t,
        jobUrl: r.u,
        applyUrl: applyUrl(r),
        descriptionHtml: r.t,
        descriptionPlain: r.t,
        compensation: {
          compensationTierSummary: r.t,
          summaryComponents: [{ compensationType: 'Salary', interval: r.t, currencyCode: r.t, minValue: 1, maxValue: 2 }],
        },
      })),
    }),
  };
};

const workable = (): Source => ({
  format: 'workable',
  body: JSON.stringify({
    name: ROWS[0]!.t,
    description: ROWS[0]!.t,
    jobs: ROWS.map((r) => ({
      title: r.t,
      shortcode: `WK${r.i}`,
      code: r.t,
      employment_type: r.t,
      telecommuting: false,
      department: r.t,
      url: r.u,
      shortlink: r.u,
      application_url: applyUrl(r),
      published_on: '2026-03-01',
      created_at: '2026-02-28',
      country: r.t,
      city: r.t,
      state: r.t,
      locations: [{ country: r.t, countryCode: 'ES', city: r.t, region: r.t, hidden: false }],
      description: r.t,
    })),
  }),
});

const recruitee = (): Source => ({
  format: 'recruitee',
  body: JSON.stringify({
    offers: ROWS.map((r) => ({
      id: 3000 + r.i,
      slug: r.t,
      status: 'published',
      title: r.t,
      description: r.t,
      requirements: r.t,
      location: r.t,
      city: r.t,
      state_name: r.t,
      country: r.t,
      country_code: 'NL',
      remote: false,
      hybrid: false,
      on_site: true,
      careers_url: r.u,
      careers_apply_url: applyUrl(r),
      company_name: r.t,
      department: r.t,
      employment_type_code: r.t,
      created_at: '2026-02-28 10:00:00 UTC',
      published_at: '2026-03-01 10:00:00 UTC',
      salary: { min: '1', max: '2', currency: r.t, period: r.t },
      locations: [{ name: r.t, city: r.t, state_name: r.t, country: r.t, country_code: 'NL' }],
      translations: { en: { title: r.t, description: r.t, requirements: r.t, highlight: r.t } },
    })),
  }),
});

const smartrecruiters = (): Source => ({
  format: 'smartrecruiters',
  body: JSON.stringify({
    offset: 0,
    limit: 100,
    totalFound: ROWS.length,
    content: ROWS.map((r) => ({
      id: `${4000 + r.i}`,
      name: r.t,
      // The adapter builds a job URL from the company identifier when there is no postingUrl.
      company: { identifier: r.t, name: r.t },
      releasedDate: '2026-03-01T10:00:00Z',
      location: { city: r.t, region: r.t, country: 'de', remote: false, fullLocation: r.t },
      department: { label: r.t },
      typeOfEmployment: { label: r.t },
      language: { code: 'en', label: r.t },
      ...(r.i % 2 ? { postingUrl: r.u } : {}),
      applyUrl: applyUrl(r),
      jobAd: {
        sections: {
          companyDescription: { title: r.t, text: r.t },
          jobDescription: { title: r.t, text: r.t },
          qualifications: { title: r.t, text: r.t },
        },
      },
    })),
  }),
});

const personio = (): Source => ({
  format: 'personio',
  contentType: 'application/xml; charset=utf-8',
  query: '?language=en&board=acme.jobs.personio.de',
  body: `<?xml version="1.0" encoding="UTF-8"?>
<workzag-jobs>${ROWS.map(
    (r) => `
  <position>
    <id>${5000 + r.i}</id>
    <subcompany>${escapeXml(r.t)}</subcompany>
    <office>${escapeXml(r.t)}</office>
    <additionalOffices><office>${escapeXml(r.t)}</office></additionalOffices>
    <department>${escapeXml(r.t)}</department>
    <name>${escapeXml(r.t)}</name>
    <jobDescriptions>
      <jobDescription><name>${escapeXml(r.t)}</name><value>${cdata(r.t)}</value></jobDescription>
      <jobDescription><name>${cdata(r.t)}</name><value>${escapeXml(r.t)}</value></jobDescription>
    </jobDescriptions>
    <employmentType>${escapeXml(r.t)}</employmentType>
    <schedule>${escapeXml(r.t)}</schedule>
    <createdAt>2026-03-01T10:00:00+00:00</createdAt>
  </position>`,
  ).join('')}
</workzag-jobs>`,
});

const jsonLdPosting = (r: Row) => ({
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: r.t,
  name: r.t,
  identifier: { '@type': 'PropertyValue', name: r.t, value: `ld-${r.i}` },
  url: r.u,
  datePosted: '2026-03-01',
  validThrough: '2026-12-31',
  employmentType: r.t,
  inLanguage: 'en',
  directApply: true,
  description: r.t,
  hiringOrganization: { '@type': 'Organization', name: r.t, sameAs: applyUrl(r), logo: r.u },
  jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: r.t, addressRegion: r.t, addressCountry: r.t } }],
  jobLocationType: r.t,
  applicantLocationRequirements: { '@type': 'Country', name: r.t },
  baseSalary: { '@type': 'MonetaryAmount', currency: r.t, value: { '@type': 'QuantitativeValue', minValue: 1, maxValue: 2, unitText: r.t } },
});

const jsonLd = (): Source => ({
  format: 'jsonld',
  contentType: 'application/ld+json',
  body: JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: ROWS[0]!.t,
    itemListElement: ROWS.map((r, position) => ({ '@type': 'ListItem', position, item: jsonLdPosting(r) })),
  }),
});

const jsonFeed = (): Source => ({
  format: 'jsonld',
  contentType: 'application/feed+json',
  body: JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: ROWS[0]!.t,
    home_page_url: URLS[0],
    language: 'en',
    items: ROWS.map((r) => ({
      id: `jf-${r.i}`,
      url: r.u,
      title: r.t,
      content_html: r.t,
      content_text: r.t,
      summary: r.t,
      date_published: '2026-03-01T10:00:00Z',
      _jobposting: { ...jsonLdPosting(r), identifier: undefined },
    })),
  }),
});

const breezy = (): Source => ({
  format: 'breezy',
  body: JSON.stringify(
    ROWS.map((r) => ({
      id: `BZ${r.i}`,
      friendly_id: r.t,
      name: r.t,
      url: r.u,
      published_date: '2026-03-01T10:00:00.000Z',
      type: { id: r.t, name: r.t },
      location: { country: { id: 'PT', name: r.t }, state: { id: r.t, name: r.t }, city: r.t, is_remote: false, name: r.t },
      department: r.t,
      salary: r.t,
      company: { name: ROWS[0]!.t, friendly_id: r.t, logo_url: r.u },
      description: r.t,
    })),
  ),
});

/** BambooHR rows as the CLI leaves them: the list's fields plus the detail's date, description and share URL. */
const bamboohr = (): Source => ({
  format: 'bamboohr',
  body: JSON.stringify({
    meta: { totalCount: ROWS.length },
    result: ROWS.map((r) => ({
      id: `${r.i}`,
      jobOpeningName: r.t,
      departmentLabel: r.t,
      employmentStatusLabel: r.t,
      location: { city: r.t, state: r.t },
      atsLocation: { country: 'US', state: r.t, province: r.t, city: r.t },
      isRemote: null,
      locationType: r.t,
      jobOpeningShareUrl: r.u,
      datePosted: '2026-03-01',
      description: r.t,
    })),
  }),
});

const SOURCES: readonly [string, () => Source][] = [
  ['native', native],
  ['greenhouse', greenhouse],
  ['lever', lever],
  ['ashby', ashby],
  ['workable', workable],
  ['recruitee', recruitee],
  ['smartrecruiters', smartrecruiters],
  ['personio (XML)', personio],
  ['JSON-LD ItemList', jsonLd],
  ['JSON Feed with _jobposting', jsonFeed],
  ['breezy', breezy],
  ['bamboohr', bamboohr],
];

// The tests' own copies of what may appear, so widening the widget's markup or the sanitizer fails here.
/** Elements the widget itself renders, in its shadow root and the detail's. */
const WIDGET_ELEMENTS = new Set([
  'div', 'p', 'span', 'form', 'label', 'select', 'option', 'input', 'ul', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button',
  'dl', 'dt', 'dd', 'time', 'dialog', 'careers-posting', 'article', 'header', 'section', 'img',
]);
/** What a sanitized description may hold (test/detail/sanitize.test.ts checks the attributes in depth). */
const DESCRIPTION_ELEMENTS = new Set([
  'p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark', 'code', 'pre', 'blockquote', 'span', 'div', 'hr',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);
/** Attributes that hold a URL the browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping'];
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** Every shadow root under `root`, nested ones included (the detail view is a nested element). */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return roots;
}

/** What is wrong in the rendered widget, as readable lines (empty when all is well). */
function problems(el: CareersWidget): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(el.shadowRoot!)) {
    for (const node of root.querySelectorAll('*')) {
      const tag = node.localName;
      const inDescription = node.closest('[part~="description"]') !== null && !node.matches('[part~="description"]');
      if (!(inDescription ? DESCRIPTION_ELEMENTS : WIDGET_ELEMENTS).has(tag)) found.push(`element <${tag}>${inDescription ? ' in a description' : ''}`);
      if (tag === 'img' && !node.matches('img.logo')) found.push('an img that is not the organization logo');
      for (const { name, value } of node.attributes) {
        if (/^on/i.test(name)) found.push(`handler ${name} on <${tag}>`);
        if (name === 'style' || name === 'srcdoc') found.push(`attribute ${name} on <${tag}>`);
        if (!URL_ATTRIBUTES.includes(name.toLowerCase())) continue;
        let protocol = '(unparsable)';
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          // stays unparsable
        }
        if (!SAFE_PROTOCOLS.includes(protocol)) found.push(`${name}=${JSON.stringify(value)} on <${tag}>`);
      }
    }
  }
  return found;
}

/** Text the widget shows for a field: whitespace collapsed, as cleaning a feed value does. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('careers-widget: XSS corpus through every format', () => {
  failOnPageErrors();
  const alert = window.alert;
  const warn = console.warn;
  const info = console.info;
  let headScripts: number;

  // The widget's lazy chunks (pipeline, adapters, detail view) come through the dev server's transforms on
  // first use: slow on a busy machine, so they load here, with time to spare, rather than in the first test.
  before(async function () {
    this.timeout(60_000);
    await Promise.all([
      import('../../../src/feed/pipeline.js'),
      import('../../../src/components/careers-widget/detail-controller.js'),
      import('../../../src/components/careers-posting/define.js'),
    ]);
  });

  beforeEach(() => {
    window.__xss = 0;
    window.alert = () => void (window.__xss += 1);
    console.warn = () => undefined; // the hostile values left out are reported there
    console.info = () => undefined;
    headScripts = document.head.querySelectorAll('script').length;
  });
  afterEach(() => {
    window.alert = alert;
    console.warn = warn;
    console.info = info;
  });

  it('the canary works: the same payload, inserted raw into the page, runs', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const ran = new Promise((resolve) => window.addEventListener('xss-ran', resolve, { once: true }));
    host.innerHTML = '<img src="/x-missing.png" onerror="__xss++; window.dispatchEvent(new Event(\'xss-ran\'))">';
    await ran;
    expect(window.__xss).to.equal(1);
  });

  for (const [name, make] of SOURCES) {
    it(`${name}: every payload shows as text, no script runs, only http(s)/mailto URLs`, async () => {
      const started = performance.now();
      const source = make();
      const url = (await faultUrl([{ body: source.body, headers: { 'content-type': source.contentType ?? 'application/json' } }])) + (source.query ?? '');
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.setAttribute('format', source.format);
      el.setAttribute('posting-language', 'all');
      el.setAttribute('page-size', '100');
      el.setAttribute('apply-on-card', '');
      el.now = TEST_NOW;
      el.src = url;
      // The load event, or the error that took its place, as a readable failure.
      const loaded = new Promise<CareersLoadEvent>((resolve, reject) => {
        el.addEventListener('careers-load', resolve, { once: true });
        el.addEventListener('careers-error', (e) => reject(new Error(e.detail.message)), { once: true });
      });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      const { detail } = await loaded;
      await el.loadComplete;
      expect(detail.formats).to.deep.equal([source.format === 'careers' ? 'careers' : source.format]);
      expect(detail.count, 'every posting kept (a hostile value is left out, not the posting)').to.equal(ROWS.length);

      // The list: every card, with its Apply link.
      const cards = [...el.shadowRoot!.querySelectorAll('.card')];
      expect(cards).to.have.length(ROWS.length);
      expect(problems(el)).to.deep.equal([]);
      for (const card of cards) {
        const title = card.querySelector('.link')!;
        expect([...title.children].every((c) => c.matches('span.visually-hidden')), 'the title is text').to.equal(true);
        expect(collapse(title.textContent!), 'a title').to.not.equal('');
      }
      // The http(s) URL among the hostile ones gets through (quotes and brackets stay inside the attribute):
      // proof that the URL fields above were read, and only the bad values were left out.
      const hosts = cards.flatMap((c) => [...c.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!).hostname));
      expect(hosts, 'links of the cards').to.include(source.format === 'personio' ? 'acme.jobs.personio.de' : 'ok.example');
      if (source.format === 'careers') {
        // The native format keeps text as written: each title shows exactly its payloads, as text.
        for (const card of cards) {
          const row = ROWS[Number((card as HTMLElement).dataset.id!.slice(1))]!;
          expect(collapse(card.querySelector('.link')!.textContent!)).to.equal(collapse(row.t));
          expect(collapse(card.querySelector('[part~="summary"]')!.textContent!)).to.equal(collapse(row.t));
        }
      }

      // The detail of each posting with a group of payloads of its own (later ones repeat them), one after another.
      for (const id of el.postings.slice(0, GROUPS.length).map((p) => p.id)) {
        el.posting = id;
        await el.loadComplete;
        const view = el.shadowRoot!.querySelector('careers-posting');
        expect(view !== null, `the detail of ${id}`).to.equal(true);
        await view!.updateComplete;
        expect(problems(el), `detail of ${id}`).to.deep.equal([]);
        const heading = view!.shadowRoot!.querySelector('[part~="detail-title"]')!;
        expect(heading.children.length, 'the detail title is text').to.equal(0);
        const ld = [...document.head.querySelectorAll('script')].slice(headScripts);
        expect(ld.map((s) => s.type), 'one JSON-LD script, nothing else').to.deep.equal(['application/ld+json']);
        expect(() => JSON.parse(ld[0]!.text), 'the JSON-LD is one JSON document').to.not.throw();
      }
      el.posting = '';
      await el.loadComplete;

      // Two frames, for anything inserted to load, fail and fire a handler (there should be nothing).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(window.__xss, 'no payload ran').to.equal(0);
      const loads = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= started)
        .filter((e) => ['img', 'image', 'iframe', 'video', 'audio', 'object', 'embed', 'input', 'css', 'body'].includes((e as PerformanceResourceTiming).initiatorType));
      expect(loads.map((e) => e.name), 'nothing loaded by markup').to.deep.equal([]);
      el.remove();
    });
  }
});
