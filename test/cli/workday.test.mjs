/**
 * Workday career sites (CLI only): `careers-feed convert` against a local
 * server that answers like Workday's career site API (our own invented
 * fixtures, test/fixtures/ats/workday-*.json), and the reader and the
 * mapping (compiled, in dist/lib) in process.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, TEST_NOW, fixture, run, runJson } from './helpers.mjs';

const workday = await import(join(ROOT, 'dist/lib/cli/workday.js'));
const { mapWorkday, dateFromPostedOn, placeOf } = await import(join(ROOT, 'dist/lib/cli/workday-map.js'));
const { FEED_FORMATS } = await import(join(ROOT, 'dist/lib/feed/formats.js'));
const { CLI_FORMATS } = await import(join(ROOT, 'dist/lib/cli/formats.js'));

const readJson = (name) => JSON.parse(readFileSync(fixture(name), 'utf8'));
const PAGES = [readJson('workday-jobs-1.json'), readJson('workday-jobs-2.json')];
const ROWS = PAGES.flatMap((p) => p.jobPostings);
const DETAILS = new Map(['R-1001', 'R-1002', 'R-1003'].map((id) => [id, readJson(`workday-job-${id.replace('-', '').toLowerCase()}.json`)]));
const reqOf = (path) => /_(R-\d+)$/.exec(path)?.[1];

/** A detail for the rows without a fixture of their own. */
const plainDetail = (row) => ({
  jobPostingInfo: {
    id: `id-${reqOf(row.externalPath)}`,
    title: row.title,
    jobDescription: `<p>${row.title}</p>`,
    location: row.locationsText,
    startDate: '2026-11-01',
    timeType: 'Full time',
    jobReqId: reqOf(row.externalPath),
    externalUrl: `https://acme.wd5.myworkdayjobs.com/External${row.externalPath}`,
  },
  hiringOrganization: { name: 'Acme Corporation', url: '' },
});

/**
 * A Workday-like server. Sites (tenant "127": the first label of the host
 * 127.0.0.1):
 * - External: the two fixture pages (past the end it serves the first page
 *   again, as some sites do); the detail of R-1004 fails with HTTP 500.
 * - Wrap: no total; every offset past the first page serves the first page again.
 * - Slow: the list never answers. Down: the list answers 503.
 * - Broken: every detail answers 500. NotJobs: the list is `{}`.
 */
async function workdayServer() {
  const posts = [];
  const gets = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { pathname } = new URL(req.url, 'http://localhost');
      const json = (status, value) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      const site = /^\/wday\/cxs\/127\/([^/]+)(\/.*)$/.exec(pathname);
      if (!site) return json(404, { error: 'not found' });
      const [, name, rest] = site;
      if (rest === '/jobs' && req.method === 'POST') {
        posts.push({ site: name, contentType: req.headers['content-type'], userAgent: req.headers['user-agent'], body: JSON.parse(body) });
        const { offset } = JSON.parse(body);
        if (name === 'Slow') return; // never answers
        if (name === 'Down') return json(503, { error: 'maintenance' });
        if (name === 'NotJobs') return json(200, {});
        if (name === 'Broken') return json(200, { total: 2, jobPostings: ROWS.slice(0, 2) });
        if (name === 'Wrap') return json(200, { jobPostings: offset === 0 ? ROWS.slice(0, 5) : ROWS.slice(0, 5) });
        return json(200, offset === 20 ? PAGES[1] : PAGES[0]);
      }
      if (req.method === 'GET' && rest.startsWith('/job/')) {
        gets.push({ site: name, path: rest, accept: req.headers.accept, userAgent: req.headers['user-agent'] });
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          const id = reqOf(rest);
          if (name === 'Broken' || id === 'R-1004') return json(500, { error: 'internal' });
          const row = ROWS.find((r) => r.externalPath === rest);
          if (!row) return json(404, {});
          json(200, DETAILS.get(id) ?? plainDetail(row));
        }, 15);
        return;
      }
      json(404, {});
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    posts,
    gets,
    maxInFlight: () => maxInFlight,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('convert --format workday', () => {
  let server;
  let result;
  let site;
  before(async () => {
    server = await workdayServer();
    site = `${server.origin}/en-US/External`;
    result = await runJson(['convert', '--format', 'workday', '--url', site]);
  });
  after(() => server.close());

  it('pages through the list (20 a time, two pages) and reads every detail but the failing one', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(
      server.posts.filter((p) => p.site === 'External').map((p) => p.body),
      [
        { appliedFacets: {}, limit: 20, offset: 0, searchText: '' },
        { appliedFacets: {}, limit: 20, offset: 20, searchText: '' },
      ],
    );
    assert.equal(server.posts[0].contentType, 'application/json');
    // The CLI names itself; it does not pose as a browser.
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    assert.equal(server.posts[0].userAgent, `careers-feed/${version}`);
    assert.equal(server.gets[0].userAgent, `careers-feed/${version}`);
    assert.equal(server.gets.length, 23);
    assert.match(server.gets[0].accept, /^application\/json/);
    const ids = ROWS.map((r) => reqOf(r.externalPath)).filter((id) => id !== 'R-1004');
    assert.deepEqual(result.json.postings.map((p) => p.id), ids);
  });

  it('drops the posting whose detail failed, with a warning, and says so in the summary', () => {
    const path = ROWS.find((r) => reqOf(r.externalPath) === 'R-1004').externalPath;
    assert.ok(
      result.stderr.includes(`warning: Workday posting "${path}" dropped: ${server.origin}/wday/cxs/127/External${path} answered HTTP 500\n`),
      result.stderr,
    );
    assert.ok(result.stderr.includes(`read ${site} (workday: 23 listed, 22 details read, 1 dropped)`), result.stderr);
    assert.match(result.stderr, /^22 postings, 0 skipped$/m);
  });

  it('asks for at most 4 details at a time', () => {
    assert.ok(server.maxInFlight() <= 4, `${server.maxInFlight()} in flight`);
    assert.ok(server.maxInFlight() >= 2, `${server.maxInFlight()} in flight`);
  });

  it('writes no progress bar when stderr is not a terminal', () => {
    assert.ok(!result.stderr.includes('\r'));
    assert.ok(!result.stderr.includes('details ['));
  });

  it('maps a full detail: locations, country, workplace, type, dates, description, links', () => {
    const p = result.json.postings.find((x) => x.id === 'R-1001');
    assert.deepEqual(p, {
      id: 'R-1001',
      title: 'Senior Platform Engineer',
      language: 'en',
      url: 'https://acme.wd5.myworkdayjobs.com/External/job/Berlin/Senior-Platform-Engineer_R-1001',
      applyUrl: 'https://acme.wd5.myworkdayjobs.com/External/job/Berlin/Senior-Platform-Engineer_R-1001',
      locations: [
        { city: 'Berlin', country: 'DE' },
        { city: 'Munich', country: 'DE' },
      ],
      workplace: 'hybrid',
      employmentType: 'full-time',
      datePosted: '2026-11-02',
      validThrough: '2026-12-31',
      description: DETAILS.get('R-1001').jobPostingInfo.jobDescription,
    });
    assert.deepEqual(result.json.organization, { name: 'Acme Corporation' });
  });

  it('a fully remote job: its country-only location becomes a remote country', () => {
    const p = result.json.postings.find((x) => x.id === 'R-1002');
    assert.deepEqual(p.locations, []);
    assert.deepEqual(p.remoteCountries, ['GB']);
    assert.equal(p.workplace, 'remote');
    assert.equal(p.employmentType, 'part-time');
  });

  it('an externalUrl that is not http(s) is dropped: the link is the posting page on the site', () => {
    const p = result.json.postings.find((x) => x.id === 'R-1003');
    assert.equal(p.url, `${site}/job/Springfield/Warehouse-Associate_R-1003`);
    assert.equal(p.applyUrl, undefined);
    assert.ok(!result.stdout.includes('javascript:'));
  });

  it('no startDate: "Posted 3 Days Ago" counts back from --now (CAREERS_NOW)', () => {
    assert.equal(TEST_NOW.slice(0, 10), '2026-11-15');
    assert.equal(result.json.postings.find((x) => x.id === 'R-1003').datePosted, '2026-11-12');
  });

  it('places a city-only location with the places dataset, as for every source ("Springfield": US)', () => {
    assert.deepEqual(result.json.postings.find((p) => p.id === 'R-1003').locations, [{ city: 'Springfield', country: 'US' }]);
    assert.doesNotMatch(result.stderr, /without a country/);
  });

  it('takes the language from the --language option when the URL has no locale', async () => {
    const { code, json, stderr } = await runJson(['convert', '-f', 'workday', '-l', 'de', '-u', `${server.origin}/External`]);
    assert.equal(code, 0, stderr);
    assert.deepEqual([...new Set(json.postings.map((p) => p.language))], ['de']);
    // Without a locale in the site URL, the fallback link has none either.
    assert.equal(json.postings.find((x) => x.id === 'R-1003').url, `${server.origin}/External/job/Springfield/Warehouse-Associate_R-1003`);
  });

  it('reads the API URL form too, and stops when a page brings nothing new', async () => {
    const { code, json, stderr } = await runJson(['convert', '-f', 'workday', '-l', 'en', '-u', `${server.origin}/wday/cxs/127/Wrap/jobs`]);
    assert.equal(code, 0, stderr);
    assert.equal(json.postings.length, 4); // 5 listed, R-1004 fails
    assert.deepEqual(server.posts.filter((p) => p.site === 'Wrap').map((p) => p.body.offset), [0, 5]);
  });

  it('validate --format workday reads the site the same way', async () => {
    const { code, stdout } = await run(['validate', '--format', 'workday', site]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /as workday \(23 listed, 22 details read, 1 dropped\)/);
    assert.match(stdout, /^22 postings, 0 skipped$/m);
  });

  it('a list that does not answer in time: exit 3', async () => {
    const { code, stdout, stderr } = await run(['convert', '-f', 'workday', '--timeout', '0.3', '-u', `${server.origin}/en-US/Slow`]);
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(stderr, `careers-feed: ${server.origin}/wday/cxs/127/Slow/jobs did not answer within 0.3 s\n`);
  });

  it('a list that answers an HTTP error: exit 3', async () => {
    const { code, stderr } = await run(['convert', '-f', 'workday', '-u', `${server.origin}/en-US/Down`]);
    assert.equal(code, 3);
    assert.equal(stderr, `careers-feed: ${server.origin}/wday/cxs/127/Down/jobs answered HTTP 503\n`);
  });

  it('every detail failing: exit 3, nothing written', async () => {
    const { code, stdout, stderr } = await run(['convert', '-f', 'workday', '-u', `${server.origin}/en-US/Broken`]);
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal((stderr.match(/^warning: Workday posting .* dropped: .*HTTP 500$/gm) ?? []).length, 2);
    assert.match(stderr, /careers-feed: .*\/en-US\/Broken: all 2 Workday job details failed; nothing read\n$/);
  });

  it('a list that is not a Workday job list: exit 1', async () => {
    const { code, stderr } = await run(['convert', '-f', 'workday', '-u', `${server.origin}/en-US/NotJobs`]);
    assert.equal(code, 1);
    assert.match(stderr, /NotJobs\/jobs is not a Workday job list: expected an object with a "jobPostings" array\n$/);
  });

  it('usage errors: a file, a URL without a site, a bad --timeout', async () => {
    const file = await run(['convert', '-f', 'workday', '-i', fixture('workday-jobs-1.json')]);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /--format workday reads a Workday career site URL .*not a file/);
    const bare = await run(['convert', '-f', 'workday', '-u', `${server.origin}/`]);
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /is not a Workday career site URL/);
    for (const value of ['0', '-1', 'soon', '']) {
      const bad = await run(['convert', `--timeout=${value}`, '-u', `${server.origin}/x`]);
      assert.equal(bad.code, 2, value);
      assert.match(bad.stderr, /invalid --timeout/);
    }
  });

  it('--help documents Workday and --timeout', async () => {
    const { stdout } = await run(['convert', '--help']);
    assert.match(stdout, /workday/);
    assert.match(stdout, /myworkdayjobs\.com\/\{locale\}\/\{site\}/);
    assert.match(stdout, /--timeout <seconds>/);
  });
});

describe('Workday is a CLI format only', () => {
  it('the CLI lists it; the widget formats do not', () => {
    assert.ok(CLI_FORMATS.includes('workday'));
    assert.ok(!FEED_FORMATS.includes('workday'));
    assert.deepEqual(CLI_FORMATS.slice(0, FEED_FORMATS.length), [...FEED_FORMATS]);
  });
});

describe('Workday site URLs', () => {
  it('reads tenant, site and locale from a career site URL or an API URL', () => {
    assert.deepEqual(workday.workdaySite('https://acme.wd5.myworkdayjobs.com/en-US/External'), {
      origin: 'https://acme.wd5.myworkdayjobs.com',
      tenant: 'acme',
      site: 'External',
      locale: 'en-US',
      api: 'https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External',
    });
    assert.deepEqual(workday.workdaySite('https://acme.wd1.myworkdayjobs.com/Careers/job/Berlin/X_R-1'), {
      origin: 'https://acme.wd1.myworkdayjobs.com',
      tenant: 'acme',
      site: 'Careers',
      api: 'https://acme.wd1.myworkdayjobs.com/wday/cxs/acme/Careers',
    });
    assert.equal(workday.workdaySite('https://acme.wd3.myworkdayjobs.com/GTI').site, 'GTI');
    assert.equal(workday.workdaySite('https://acme.wd3.myworkdayjobs.com/fr-CA/Emplois').locale, 'fr-CA');
    assert.equal(workday.workdaySite('https://acme.wd3.myworkdayjobs.com/careers/job/x').site, 'careers');
    const api = workday.workdaySite('https://x.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs');
    assert.equal(api.tenant, 'acme');
    assert.equal(api.site, 'External');
    assert.equal(workday.workdaySite('https://acme.wd5.myworkdayjobs.com/'), undefined);
    assert.equal(workday.workdaySite('not a url'), undefined);
    assert.equal(workday.siteLanguage(workday.workdaySite('https://a.wd5.myworkdayjobs.com/en-US/X')), 'en');
    assert.equal(workday.siteLanguage(workday.workdaySite('https://a.wd5.myworkdayjobs.com/X')), undefined);
  });

  it('detects Workday hosts', () => {
    assert.ok(workday.isWorkdayUrl('https://acme.wd5.myworkdayjobs.com/en-US/External'));
    assert.ok(!workday.isWorkdayUrl('https://myworkdayjobs.com.evil.example/x'));
    assert.ok(!workday.isWorkdayUrl('https://boards-api.greenhouse.io/v1/boards/acme/jobs'));
    assert.ok(!workday.isWorkdayUrl('nonsense'));
  });

  it('a listing path never leads a request off the site', () => {
    const site = workday.workdaySite('https://acme.wd5.myworkdayjobs.com/en-US/External');
    assert.equal(workday.detailUrl(site, '/job/Berlin/X_R-1'), 'https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/job/Berlin/X_R-1');
    for (const bad of ['https://evil.example/x', '//evil.example/x', '/../../../other/x', 'job/x', 42, undefined]) {
      assert.equal(workday.detailUrl(site, bad), undefined, String(bad));
    }
    assert.equal(workday.pageUrl(site, '/job/Berlin/X_R-1'), 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/X_R-1');
    assert.equal(workday.pageUrl(site, '//evil.example/x'), undefined);
  });
});

describe('Workday progress', () => {
  const stream = (isTTY) => {
    const writes = [];
    return { isTTY, columns: 60, write: (text) => writes.push(text), writes };
  };

  it('on a terminal: a live line redrawn in place, kept below warnings, cleared at the end', () => {
    const s = stream(true);
    const progress = new workday.Progress(s, 'Workday acme/External');
    progress.listed(20, 23);
    progress.details(1, 4);
    progress.line('warning: one');
    progress.details(4, 4);
    progress.end();
    assert.deepEqual(s.writes, [
      '\r\x1b[KWorkday acme/External: listing 20/23',
      '\r\x1b[KWorkday acme/External: details [#####---------------] 1/4',
      '\r\x1b[K',
      'warning: one\n',
      '\r\x1b[KWorkday acme/External: details [#####---------------] 1/4',
      '\r\x1b[KWorkday acme/External: details [####################] 4/4',
      '\r\x1b[K',
    ]);
  });

  it('cuts the live line to the terminal width', () => {
    const s = stream(true);
    new workday.Progress({ ...s, columns: 30, write: s.write }, 'Workday a-very-long-tenant-name/Site').listed(1, undefined);
    assert.equal(s.writes[0], '\r\x1b[K' + 'Workday a-very-long-tenant-name/Site: listing 1'.slice(0, 29));
    const unknown = stream(true);
    new workday.Progress({ isTTY: true, columns: 0, write: unknown.write }, 'Workday acme/External').details(1, 2);
    assert.equal(unknown.writes[0], '\r\x1b[KWorkday acme/External: details [##########----------] 1/2');
  });

  it('elsewhere: only the warnings', () => {
    const s = stream(false);
    const progress = new workday.Progress(s, 'Workday acme/External');
    progress.listed(20, 23);
    progress.details(0, 0);
    progress.line('warning: one');
    progress.end();
    assert.deepEqual(s.writes, ['warning: one\n']);
  });

  it('readWorkday draws the bar on a terminal stream', async () => {
    const s = stream(true);
    const answers = new Map([
      ['POST https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs', { total: 2, jobPostings: ROWS.slice(0, 2) }],
      [`GET https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External${ROWS[0].externalPath}`, DETAILS.get('R-1001')],
    ]);
    const fetch = async (url, init) => {
      const answer = answers.get(`${init?.method ?? 'GET'} ${url}`);
      return answer ? new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } }) : new Response('gone', { status: 404 });
    };
    const result = await workday.readWorkday('https://acme.wd5.myworkdayjobs.com/en-US/External', {
      now: new Date(TEST_NOW),
      timeout: 5000,
      stream: s,
      fetch,
      concurrency: 1,
    });
    assert.equal(result.summary, '2 listed, 1 details read, 1 dropped');
    assert.deepEqual(result.feed.postings.map((p) => p.id), ['R-1001']);
    assert.ok(s.writes.includes('\r\x1b[KWorkday acme/External: listing 2/2'));
    assert.ok(s.writes.some((w) => /^warning: Workday posting ".*R-1002" dropped: .* answered HTTP 404\n$/.test(w)));
    assert.ok(s.writes.includes('\r\x1b[KWorkday acme/External: details [####################] 2/2'));
    assert.equal(s.writes.at(-1), '\r\x1b[K');
  });

  it('a detail without jobPostingInfo, and a row without externalPath, are dropped with warnings', async () => {
    const s = stream(false);
    const fetch = async (url, init) =>
      new Response(JSON.stringify(init?.method === 'POST' ? { total: 3, jobPostings: [ROWS[0], { title: 'No path' }, ROWS[1]] } : url.endsWith('R-1001') ? { error: 'x' } : DETAILS.get('R-1002')));
    const result = await workday.readWorkday('https://acme.wd5.myworkdayjobs.com/External', {
      now: new Date(TEST_NOW),
      timeout: 5000,
      stream: s,
      fetch,
      language: 'en',
      concurrency: 1,
    });
    assert.deepEqual(result.feed.postings.map((p) => p.id), ['R-1002']);
    assert.equal(result.feed.postings[0].language, 'en');
    assert.equal(s.writes.length, 2);
    assert.match(s.writes[0], /R-1001" dropped: .* has no "jobPostingInfo"/);
    assert.match(s.writes[1], /#1 dropped: no usable externalPath/);
  });

  it('a warning never passes control characters from the source to the terminal', async () => {
    const s = stream(true);
    const fetch = async (url, init) =>
      init?.method === 'POST'
        ? new Response(JSON.stringify({ total: 2, jobPostings: [{ externalPath: '/job/\u001b]0;owned\u0007x' }, ROWS[0]] }))
        : url.endsWith('R-1001')
          ? new Response(JSON.stringify(DETAILS.get('R-1001')))
          : new Response('no', { status: 404 });
    await workday.readWorkday('https://acme.wd5.myworkdayjobs.com/External', { now: new Date(TEST_NOW), timeout: 5000, stream: s, fetch });
    const warning = s.writes.find((w) => w.startsWith('warning:'));
    assert.match(warning, /^warning: Workday posting "\/job\/\\u001b\]0;owned\\u0007x" dropped: .*%1B.* answered HTTP 404\n$/);
    assert.ok(!s.writes.some((w) => w.includes('\u0007')));
  });

  it('stops at the most postings it reads, with a warning', async () => {
    const s = stream(false);
    const fetch = async (url, init) => {
      if (init?.method !== 'POST') return new Response(JSON.stringify(DETAILS.get('R-1002')));
      const { offset } = JSON.parse(init.body);
      const rows = Array.from({ length: 20 }, (_, i) => ({ title: 'x', externalPath: `/job/x_R-${offset + i}` }));
      return new Response(JSON.stringify({ total: 100_000, jobPostings: rows }));
    };
    const result = await workday.readWorkday('https://acme.wd5.myworkdayjobs.com/External', {
      now: new Date(TEST_NOW),
      timeout: 5000,
      stream: s,
      fetch,
      maxPostings: 30,
    });
    assert.equal(result.summary, '30 listed, 30 details read');
    assert.deepEqual(s.writes, ['warning: https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs: stopped after 30 postings\n']);
  });

  it('an empty site is an empty feed', async () => {
    const fetch = async () => new Response(JSON.stringify({ total: 0, jobPostings: [] }));
    const result = await workday.readWorkday('https://acme.wd5.myworkdayjobs.com/External', { now: new Date(TEST_NOW), timeout: 5000, stream: stream(false), fetch });
    assert.deepEqual(result.feed, { version: 1, postings: [] });
    assert.equal(result.summary, '0 listed, 0 details read');
  });
});

describe('Workday mapping', () => {
  const now = new Date(TEST_NOW);
  const map = (info, listing = {}, extra = {}) =>
    mapWorkday([{ listing, detail: { jobPostingInfo: { jobReqId: 'R-1', title: 'T', ...info }, ...extra } }], { language: 'en', now }).feed.postings[0];

  it('time types to employment types', () => {
    assert.equal(map({ timeType: 'Full time' }).employmentType, 'full-time');
    assert.equal(map({ timeType: 'Full-Time' }).employmentType, 'full-time');
    assert.equal(map({ timeType: 'Part time' }).employmentType, 'part-time');
    assert.equal(map({ timeType: 'Temporary' }).employmentType, 'temporary');
    assert.equal(map({ timeType: 'Whenever' }).employmentType, undefined);
    assert.equal(map({}).employmentType, undefined);
  });

  it('remote types to workplaces, else workplace words in the location', () => {
    assert.equal(map({ remoteType: 'Remote' }).workplace, 'remote');
    assert.equal(map({ remoteType: 'Fully Remote' }).workplace, 'remote');
    assert.equal(map({ remoteType: 'Hybrid' }).workplace, 'hybrid');
    assert.equal(map({ remoteType: 'On-site' }).workplace, 'onsite');
    assert.equal(map({ remoteType: 'Flexible' }).workplace, 'hybrid');
    assert.equal(map({ remoteType: 'Remote eligible (US)' }).workplace, 'remote');
    assert.equal(map({ location: 'USA, TN, Remote' }).workplace, 'remote');
    assert.equal(map({ location: 'Berlin, Germany' }).workplace, undefined);
  });

  it('countries: from the location text, else country.descriptor for the primary location', () => {
    assert.deepEqual(map({ location: 'Germany, Berlin' }).locations, [{ city: 'Berlin', country: 'DE' }]);
    assert.deepEqual(map({ location: 'USA, CA, San Francisco' }).locations, [{ city: 'San Francisco', region: 'CA', country: 'US' }]);
    assert.deepEqual(map({ location: 'Zurich', country: { descriptor: 'Switzerland', id: '187134fccb084a0ea9b4b95f23890dbe' } }).locations, [
      { city: 'Zurich', country: 'CH' },
    ]);
    // The id is Workday's own, not an ISO code.
    assert.deepEqual(map({ location: 'Zurich', country: { id: 'CH' } }).locations, [{ city: 'Zurich' }]);
    assert.deepEqual(map({ country: { descriptor: 'United States of America' } }).locations, [{ country: 'US' }]);
  });

  it('additional locations: strings or { descriptor }, each once; their country from their own text only', () => {
    const p = map({
      location: 'Paris, France',
      additionalLocations: ['Lyon, France', { descriptor: 'Brussels, Belgium' }, 'Paris, France', 'Springfield', 7],
      country: { descriptor: 'France' },
    });
    assert.deepEqual(p.locations, [
      { city: 'Paris', country: 'FR' },
      { city: 'Lyon', country: 'FR' },
      { city: 'Brussels', country: 'BE' },
      { city: 'Springfield' },
    ]);
  });

  it('the listing summary is used only when the detail names no place, and never "N Locations"', () => {
    assert.deepEqual(map({}, { locationsText: 'Madrid, Spain' }).locations, [{ city: 'Madrid', country: 'ES' }]);
    assert.deepEqual(map({}, { locationsText: '3 Locations' }).locations, []);
    assert.deepEqual(map({ country: { descriptor: 'Spain' } }, { locationsText: '3 Locations' }).locations, [{ country: 'ES' }]);
  });

  it('unresolved places are reported with their posting', () => {
    const { unresolvedLocations } = mapWorkday([{ listing: {}, detail: { jobPostingInfo: { jobReqId: 'R-9', location: 'Springfield', additionalLocations: ['Shelbyville'] } } }], { now });
    assert.deepEqual(unresolvedLocations, [
      { text: 'Springfield', id: 'R-9' },
      { text: 'Shelbyville', id: 'R-9' },
    ]);
  });

  it('the description is the source HTML, trimmed (the widget sanitizes it when it shows it)', () => {
    assert.equal(map({ jobDescription: '  <p>Hi<script>x()</script></p>\n' }).description, '<p>Hi<script>x()</script></p>');
    assert.equal(map({ jobDescription: '   ' }).description, undefined);
    assert.equal(map({ jobDescription: 42 }).description, undefined);
  });

  it('externalUrl only when http(s); else the page built from externalPath', () => {
    assert.equal(map({ externalUrl: 'https://a.example/job/1' }).url, 'https://a.example/job/1');
    assert.equal(map({ externalUrl: 'https://a.example/job/1' }).applyUrl, 'https://a.example/job/1');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://a.example/x', '/relative', 42]) {
      const p = map({ externalUrl: bad });
      assert.equal(p.url, undefined, String(bad));
      assert.equal(p.applyUrl, undefined, String(bad));
    }
    const built = mapWorkday([{ listing: { externalPath: '/job/x_R-1' }, detail: { jobPostingInfo: { externalUrl: 'javascript:x' } } }], {
      now,
      pageUrl: (path) => `https://acme.wd5.myworkdayjobs.com/External${path}`,
    }).feed.postings[0];
    assert.equal(built.url, 'https://acme.wd5.myworkdayjobs.com/External/job/x_R-1');
    const hostile = mapWorkday([{ listing: { externalPath: '/job/x' }, detail: { jobPostingInfo: {} } }], { now, pageUrl: () => 'javascript:x' }).feed.postings[0];
    assert.equal(hostile.url, undefined);
  });

  it('dates: startDate, else the relative postedOn; endDate → validThrough', () => {
    assert.equal(map({ startDate: '2026-10-01' }).datePosted, '2026-10-01');
    assert.equal(map({ startDate: '2026-09-19T00:00:00Z' }).datePosted, '2026-09-19T00:00:00Z');
    assert.equal(map({}, { postedOn: 'Posted Today' }).datePosted, '2026-11-15');
    assert.equal(map({ startDate: 'soon' }, { postedOn: 'Posted Yesterday' }).datePosted, '2026-11-14');
    assert.equal(map({ postedOn: 'Posted 30+ Days Ago' }).datePosted, '2026-10-16');
    assert.equal(map({}).datePosted, undefined);
    assert.equal(map({ endDate: '2026-12-31' }).validThrough, '2026-12-31');
    assert.equal(dateFromPostedOn('Posted 1 Day Ago', now), '2026-11-14');
    assert.equal(dateFromPostedOn('Vor 3 Tagen', now), undefined);
    assert.equal(dateFromPostedOn(undefined, now), undefined);
    assert.equal(dateFromPostedOn('Posted Today', new Date(NaN)), undefined);
  });

  it('ids: jobReqId, else id, bulletFields[0], the last path segment; a repeated jobReqId takes its posting id', () => {
    const ids = mapWorkday(
      [
        { listing: {}, detail: { jobPostingInfo: { jobReqId: 'R-1', id: 'a1' } } },
        { listing: {}, detail: { jobPostingInfo: { jobReqId: 'R-1', id: 'b2' } } },
        { listing: {}, detail: { jobPostingInfo: { id: 'c3' } } },
        { listing: { bulletFields: ['R-4'] }, detail: { jobPostingInfo: {} } },
        { listing: { externalPath: '/job/Berlin/Thing_R-5' }, detail: { jobPostingInfo: {} } },
        { listing: {}, detail: { jobPostingInfo: {} } },
      ],
      { now },
    ).feed.postings.map((p) => p.id);
    assert.deepEqual(ids, ['R-1', 'b2', 'c3', 'R-4', 'Thing_R-5', undefined]);
  });

  it('title from the detail, else the listing; organization when all agree', () => {
    assert.equal(map({ title: undefined }, { title: 'From list' }).title, 'From list');
    const two = mapWorkday(
      [
        { listing: {}, detail: { jobPostingInfo: {}, hiringOrganization: { name: 'A' } } },
        { listing: {}, detail: { jobPostingInfo: {}, hiringOrganization: { name: 'B' } } },
      ],
      { now },
    );
    assert.equal(two.feed.organization, undefined);
    assert.equal(placeOf('Remote - Germany').country, 'DE');
  });

  it('odd input is mapped as far as it goes, never thrown on', () => {
    const { feed } = mapWorkday([{ listing: null, detail: null }, { listing: 'x', detail: { jobPostingInfo: 'y' } }], { now });
    assert.equal(feed.postings.length, 2);
  });
});
