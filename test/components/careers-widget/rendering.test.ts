import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, cardIds, mount, sampleFeed, sampleRows } from './helpers.js';

describe('careers-widget: rendering', () => {
  it('shows the English postings as a list of cards, newest first', async () => {
    const el = await mount({ locale: 'en' });
    const list = $(el, 'ul.list')!;
    expect(list, 'a real list').to.exist;
    expect(list.getAttribute('aria-label')).to.equal('Jobs');
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
    expect($$(el, 'ul.list > li.card')).to.have.length(4);
  });

  it('gives each card one heading with one link, at heading-level', async () => {
    const el = await mount({ locale: 'en', 'heading-level': '2' });
    const card = $(el, '.card')!;
    const heading = card.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('Backend Engineer');
    expect(heading.getAttribute('lang')).to.equal('en');
    const links = card.querySelectorAll('a, button, input, select');
    expect(links).to.have.length(1);
    expect((links[0] as HTMLAnchorElement).href).to.equal('https://jobs.example/en-1');
    expect((links[0] as HTMLAnchorElement).hasAttribute('target')).to.equal(false);
  });

  it('falls back to heading level 3 for out-of-range values', async () => {
    const el = await mount({ locale: 'en', 'heading-level': '9' });
    expect($$(el, '.card h3')).to.have.length(4);
  });

  it('shows readable meta text: location, workplace, type, department, salary, date', async () => {
    const el = await mount({ locale: 'en' });
    const meta = (part: string) => $(el, `.card [part~="${part}"] dd`)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(meta('location')).to.equal('Berlin, Germany');
    expect(meta('workplace')).to.equal('Hybrid');
    expect(meta('type')).to.equal('Full-time');
    expect(meta('department')).to.equal('Engineering');
    expect(meta('salary')).to.match(/^€70,000\s*–\s*€90,000 per year$/);
    expect(meta('posted')).to.equal('yesterday');
    expect($(el, '.card dt.visually-hidden')!.textContent!.trim()).to.equal('Location');
    expect($(el, '.card .summary')!.textContent).to.equal('Build the APIs behind our products.');
  });

  it('describes remote postings by their allowed countries', async () => {
    const el = await mount({ locale: 'en' });
    const card = $$(el, '.card').find((c) => c.dataset.id === 'en-3')!;
    expect(card.querySelector('[part~="location"] dd')!.textContent!.trim()).to.equal('Remote (Ireland and Netherlands)');
  });

  it('opens links in a new tab safely when link-target="_blank", and says so', async () => {
    const el = await mount({ locale: 'en', 'link-target': '_blank' });
    const link = $<HTMLAnchorElement>(el, '.card a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
  });

  it('sorts by title with sort="title"', async () => {
    const el = await mount({ locale: 'en', sort: 'title' });
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-4', 'en-2', 'en-3']);
  });

  it('reads an inline feed from a child script', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(sampleFeed());
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.append(script);
    host.append(el);
    await el.loadComplete;
    expect(cardIds(el)).to.have.length(4);
    host.remove();
  });

  it('reads an inline feed added, edited or removed after connection', async () => {
    const el = await mount({ locale: 'en' }, null);
    expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal('No job feed is configured.');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(sampleFeed(sampleRows().slice(0, 2)));
    el.append(script);
    await waitUntil(() => cardIds(el).length === 2, 'the added feed is read');
    script.textContent = JSON.stringify(sampleFeed());
    await waitUntil(() => cardIds(el).length === 4, 'the edited feed is read');
    script.remove();
    await waitUntil(() => $(el, '[part="empty"]') !== null, 'no feed any more');
    expect(cardIds(el)).to.deep.equal([]);
  });

  it('exposes postings and results as read-only views of the data', async () => {
    const el = await mount({ locale: 'en', country: 'GB' });
    expect(el.postings.map((p) => p.id)).to.deep.equal(sampleRows().map((r) => r.id));
    expect(el.results.map((p) => p.id)).to.deep.equal(['en-2', 'en-4']);
    expect(el.organization?.name).to.equal('Example Corp');
  });

  it('says so when no feed is configured', async () => {
    const el = await mount({ locale: 'en' }, null);
    expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal('No job feed is configured.');
  });

  it('says so when the feed has no postings', async () => {
    const el = await mount({ locale: 'en' }, sampleFeed([]));
    expect($(el, '.status')!.textContent!.trim()).to.equal('There are no open positions at the moment.');
    expect($(el, 'ul.list')).to.equal(null);
  });

  it('shows only the controls named in filters', async () => {
    const el = await mount({ locale: 'en', filters: 'country type' });
    expect($$(el, 'select').map((s) => s.id)).to.deep.equal(['filter-country', 'filter-employmentType']);
    expect($(el, 'input[type="search"]')).to.equal(null);
    const none = await mount({ locale: 'en', filters: 'none' });
    expect($(none, 'form')).to.equal(null);
  });
});
