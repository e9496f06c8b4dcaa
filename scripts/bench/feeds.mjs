/**
 * Generated feeds for the benchmark: the same `n` postings as a native v1
 * feed or as a Greenhouse Job Board API payload (`?content=true`), from a
 * seeded generator, so every run and every machine benches the same bytes.
 *
 * The postings look like a large employer's board: half of them in English,
 * the rest in German, French and Spanish; 24 countries, a dozen
 * departments, four contract types, dates over the last 150 days, and a
 * description of about 1 KB each (what an ATS export carries), so memory and
 * parse figures are not flattered by tiny rows.
 */

/** Deterministic 32-bit generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ['Berlin', 'Germany', 'DE'], ['Munich', 'Germany', 'DE'], ['Hamburg', 'Germany', 'DE'],
  ['Paris', 'France', 'FR'], ['Lyon', 'France', 'FR'], ['Madrid', 'Spain', 'ES'],
  ['Barcelona', 'Spain', 'ES'], ['London', 'United Kingdom', 'GB'], ['Dublin', 'Ireland', 'IE'],
  ['Amsterdam', 'Netherlands', 'NL'], ['Brussels', 'Belgium', 'BE'], ['Zürich', 'Switzerland', 'CH'],
  ['Vienna', 'Austria', 'AT'], ['Milan', 'Italy', 'IT'], ['Lisbon', 'Portugal', 'PT'],
  ['Stockholm', 'Sweden', 'SE'], ['Copenhagen', 'Denmark', 'DK'], ['Warsaw', 'Poland', 'PL'],
  ['Prague', 'Czechia', 'CZ'], ['Toronto', 'Canada', 'CA'], ['New York', 'United States', 'US'],
  ['Austin', 'United States', 'US'], ['Mexico City', 'Mexico', 'MX'], ['São Paulo', 'Brazil', 'BR'],
  ['Singapore', 'Singapore', 'SG'], ['Sydney', 'Australia', 'AU'],
];
const DEPARTMENTS = [
  'Engineering', 'Data', 'Design', 'Product', 'Sales', 'Marketing', 'Customer Success',
  'Finance', 'People', 'Legal', 'Operations', 'Security',
];
const ROLES = {
  en: ['Backend Engineer', 'Frontend Engineer', 'Data Analyst', 'Product Designer', 'Account Executive', 'Product Manager', 'Support Specialist', 'Accountant', 'Recruiter', 'Site Reliability Engineer'],
  de: ['Backend-Entwickler:in', 'Frontend-Entwickler:in', 'Datenanalyst:in', 'Produktdesigner:in', 'Vertriebsmitarbeiter:in', 'Produktmanager:in', 'Kundenbetreuer:in', 'Buchhalter:in', 'Personalreferent:in', 'Systemingenieur:in'],
  fr: ['Ingénieur·e backend', 'Développeur·se frontend', 'Analyste de données', 'Designer produit', 'Chargé·e de clientèle', 'Chef·fe de produit', 'Spécialiste support', 'Comptable', 'Recruteur·se', 'Ingénieur·e fiabilité'],
  es: ['Ingeniero/a backend', 'Desarrollador/a frontend', 'Analista de datos', 'Diseñador/a de producto', 'Ejecutivo/a de cuentas', 'Gerente de producto', 'Especialista de soporte', 'Contable', 'Reclutador/a', 'Ingeniero/a de fiabilidad'],
};
const LEVELS = { en: ['', 'Senior ', 'Lead ', 'Junior '], de: ['', 'Senior ', 'Lead ', 'Junior '], fr: ['', 'Senior ', 'Lead ', 'Junior '], es: ['', 'Senior ', 'Lead ', 'Junior '] };
const LANGUAGES = ['en', 'en', 'en', 'en', 'de', 'de', 'fr', 'fr', 'es', 'es'];
const TYPES = ['full-time', 'full-time', 'full-time', 'part-time', 'contract', 'internship'];
const GREENHOUSE_TYPES = { 'full-time': 'Full-time', 'part-time': 'Part-time', contract: 'Contract', internship: 'Internship' };
const WORKPLACES = ['onsite', 'hybrid', 'hybrid', 'remote'];
const WORDS =
  'we build tools that help teams ship reliable software at scale you will work closely with product design and customer success to shape our platform grow your craft and mentor others in a friendly team'.split(' ');

/** "Now" of every bench page: dates are spread over the 150 days before it. */
export const BENCH_NOW = '2026-12-01';
const DAY = 86_400_000;
const NOW_MS = Date.parse(`${BENCH_NOW}T00:00:00Z`);

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** About 1 KB of description HTML. */
function description(next) {
  const items = Array.from({ length: 5 }, () => `<li>${sentence(next, 7)}</li>`).join('');
  return `<h2>About the role</h2><p>${sentence(next, 30)} ${sentence(next, 25)}</p><h3>What you bring</h3><ul>${items}</ul><p>${sentence(next, 20)}</p>`;
}

/** The postings both formats are made from: plain records, one per job. */
function jobs(n, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: n }, (_, i) => {
    const language = pick(LANGUAGES);
    const places = [pick(PLACES)];
    if (next() < 0.15) places.push(pick(PLACES));
    return {
      id: 4_800_000_000 + i,
      language,
      title: `${pick(LEVELS[language])}${pick(ROLES[language])}`,
      places: [...new Map(places.map((p) => [p[0], p])).values()],
      department: pick(DEPARTMENTS),
      type: pick(TYPES),
      workplace: pick(WORKPLACES),
      posted: new Date(NOW_MS - Math.floor(next() * 150) * DAY - Math.floor(next() * DAY)).toISOString(),
      summary: sentence(next, 18),
      description: description(next),
    };
  });
}

/** A native v1 feed of `n` postings. */
export function nativeFeed(n, seed = 1) {
  return {
    version: 1,
    organization: { name: 'Benchmark Industries', url: 'https://bench.example' },
    postings: jobs(n, seed).map((job) => ({
      id: `job-${job.id}`,
      title: job.title,
      language: job.language,
      url: `https://bench.example/jobs/${job.id}`,
      locations: job.places.map(([city, , country]) => ({ city, country })),
      workplace: job.workplace,
      department: job.department,
      employmentType: job.type,
      datePosted: job.posted.slice(0, 10),
      summary: job.summary,
      description: job.description,
    })),
  };
}

const escapeHtml = (html) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same `n` postings as a Greenhouse Job Board API payload (`?content=true`). */
export function greenhouseFeed(n, seed = 1) {
  const list = jobs(n, seed).map((job) => ({
    absolute_url: `https://boards.greenhouse.io/bench/jobs/${job.id}`,
    data_compliance: [{ type: 'gdpr', requires_consent: false, requires_processing_consent: false, requires_retention_consent: false, retention_period: null }],
    internal_job_id: 4_400_000_000 + job.id,
    location: { name: `${job.places.map(([city, country]) => `${city}, ${country}`).join('; ')}${job.workplace === 'hybrid' ? ' (Hybrid)' : ''}` },
    metadata: [{ id: 9120001, name: 'Employment Type', value: GREENHOUSE_TYPES[job.type], value_type: 'single_select' }],
    id: job.id,
    updated_at: job.posted,
    requisition_id: `REQ-${job.id % 10_000}`,
    title: job.title,
    company_name: 'Benchmark Industries',
    first_published: job.posted,
    language: job.language,
    // Greenhouse sends `content` entity-escaped.
    content: escapeHtml(job.description),
    departments: [{ id: 40_000 + DEPARTMENTS.indexOf(job.department), name: job.department, child_ids: [], parent_id: null }],
    offices: job.places.map(([city, country], k) => ({ id: 51_000 + k, name: city, location: `${city}, ${country}`, child_ids: [], parent_id: null })),
  }));
  return { jobs: list, meta: { total: list.length } };
}

/** The feed generators by format name. */
export const FEEDS = { native: nativeFeed, greenhouse: greenhouseFeed };
