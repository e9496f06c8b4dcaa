/**
 * The no-code configurator (demo/configurator.html): reads the form into
 * `WidgetOptions`, applies them to the preview `<careers-widget>` (the same
 * attributes the embed code gets, from the same function) and writes the
 * embed code; the Copy button uses the Clipboard API and, where it is not
 * available or refused, selects the code for the visitor to copy. Every
 * change is announced only through the copy status; the preview's own live
 * region announces its result count.
 */
import {
  DEFAULTS,
  DEFAULT_ACCENT,
  DEFAULT_SCRIPT_URL,
  FILTERS,
  LOCALES,
  contrastRatio,
  normalizeHex,
  snippet,
  widgetAttributes,
  widgetStyles,
  type Filter,
  type WidgetOptions,
} from './snippet.js';

export interface Sample {
  id: string;
  name: string;
  src: string;
  format: WidgetOptions['format'];
  feedLanguage: string;
}

/** The demo's own feed and the ATS payloads demo/ats.html shows (test/fixtures/ats/). */
export const SAMPLES: readonly Sample[] = [
  { id: 'demo', name: 'Demo feed (Northwind Labs, four languages)', src: '/demo/feed.json', format: 'auto', feedLanguage: '' },
  { id: 'greenhouse', name: 'Greenhouse sample', src: '/test/fixtures/ats/greenhouse.json', format: 'greenhouse', feedLanguage: 'en' },
  { id: 'lever', name: 'Lever sample', src: '/test/fixtures/ats/lever.json', format: 'lever', feedLanguage: 'en' },
  { id: 'ashby', name: 'Ashby sample', src: '/test/fixtures/ats/ashby.json', format: 'ashby', feedLanguage: 'en' },
  { id: 'workable', name: 'Workable sample', src: '/test/fixtures/ats/workable.json', format: 'workable', feedLanguage: 'en' },
  { id: 'recruitee', name: 'Recruitee sample', src: '/test/fixtures/ats/recruitee.json', format: 'recruitee', feedLanguage: '' },
  { id: 'smartrecruiters', name: 'SmartRecruiters sample', src: '/test/fixtures/ats/smartrecruiters.json', format: 'smartrecruiters', feedLanguage: '' },
  {
    id: 'personio',
    name: 'Personio sample (German and English XML)',
    src: ['de', 'en'].map((l) => `/test/fixtures/ats/personio-${l}.xml?language=${l}&board=northwind.jobs.personio.de`).join(' '),
    format: 'personio',
    feedLanguage: '',
  },
  { id: 'jsonld', name: 'JSON-LD sample (schema.org)', src: '/test/fixtures/ats/jsonld.json', format: 'jsonld', feedLanguage: '' },
  { id: 'breezy', name: 'Breezy HR sample', src: '/test/fixtures/ats/breezy.json', format: 'breezy', feedLanguage: 'en' },
];

const CUSTOM = 'custom';

/** Languages a posting filter offers (primary subtags). */
const POSTING_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ja', 'zh', 'ar'];

/** The attributes the configurator owns on the preview (all it may set). */
const MANAGED = ['src', 'format', 'feed-language', 'locale', 'posting-language', 'filters', 'page-size', 'detail', 'theme', 'layout', 'group-by'];

export interface Configurator {
  /** The options the form holds now. */
  read(): WidgetOptions;
  /** The current embed code. */
  code(): string;
  /** Re-reads the form and updates the preview and the code (what every change does). */
  update(): void;
  /** What the Copy button does; resolves when the status says how it went. */
  copy(): Promise<'copied' | 'selected'>;
}

function byId<T extends HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`configurator: #${id} is missing`);
  return found;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** Wires the configurator markup found under `root` (see demo/configurator.html). */
export function setUpConfigurator(root: ParentNode, initial: Partial<WidgetOptions> = { src: SAMPLES[0]!.src }): Configurator {
  const form = byId<HTMLFormElement>(root, 'configurator');
  const sample = byId<HTMLSelectElement>(root, 'cfg-sample');
  const src = byId<HTMLInputElement>(root, 'cfg-src');
  const format = byId<HTMLSelectElement>(root, 'cfg-format');
  const feedLanguage = byId<HTMLInputElement>(root, 'cfg-feed-language');
  const locale = byId<HTMLSelectElement>(root, 'cfg-locale');
  const postingLanguage = byId<HTMLSelectElement>(root, 'cfg-posting-language');
  const pageSize = byId<HTMLInputElement>(root, 'cfg-page-size');
  const groupBy = byId<HTMLSelectElement>(root, 'cfg-group-by');
  const detail = byId<HTMLSelectElement>(root, 'cfg-detail');
  const theme = byId<HTMLSelectElement>(root, 'cfg-theme');
  const accent = byId<HTMLInputElement>(root, 'cfg-accent');
  const accentReset = byId<HTMLButtonElement>(root, 'cfg-accent-reset');
  const contrast = byId<HTMLElement>(root, 'cfg-accent-contrast');
  const scriptUrl = byId<HTMLInputElement>(root, 'cfg-script-url');
  const output = byId<HTMLTextAreaElement>(root, 'cfg-snippet');
  const copyButton = byId<HTMLButtonElement>(root, 'cfg-copy');
  const status = byId<HTMLElement>(root, 'cfg-copy-status');
  const preview = byId<HTMLElement>(root, 'preview');
  const filterBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="filters"]')];
  const layoutRadios = [...form.querySelectorAll<HTMLInputElement>('input[name="layout"]')];

  // Options that depend on data: the samples and the languages, named in English and in their own language.
  for (const s of SAMPLES) sample.append(option(s.id, s.name));
  sample.append(option(CUSTOM, 'My own feed (enter its URL below)'));
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const code of LOCALES) {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    const name = english.of(code) ?? code;
    locale.append(option(code, own.toLowerCase() === name.toLowerCase() ? name : `${name} (${own})`));
  }
  for (const code of POSTING_LANGUAGES) postingLanguage.append(option(code, english.of(code) ?? code));

  // The form starts from the widget's defaults, plus `initial`.
  const start: WidgetOptions = { ...DEFAULTS, ...initial };
  src.value = start.src;
  format.value = start.format;
  feedLanguage.value = start.feedLanguage;
  locale.value = start.locale;
  postingLanguage.value = start.postingLanguage;
  for (const box of filterBoxes) box.checked = start.filters.includes(box.value as Filter);
  pageSize.value = String(start.pageSize);
  for (const radio of layoutRadios) radio.checked = radio.value === start.layout;
  groupBy.value = start.groupBy;
  detail.value = start.detail;
  theme.value = start.theme;
  accent.value = normalizeHex(start.accent) ?? DEFAULT_ACCENT;
  scriptUrl.value = DEFAULT_SCRIPT_URL;

  const read = (): WidgetOptions => ({
    src: src.value,
    format: format.value as WidgetOptions['format'],
    feedLanguage: feedLanguage.value,
    locale: locale.value,
    postingLanguage: postingLanguage.value,
    filters: FILTERS.filter((f) => filterBoxes.some((b) => b.checked && b.value === f)),
    pageSize: pageSize.value.trim() === '' ? DEFAULTS.pageSize : Number(pageSize.value),
    detail: detail.value as WidgetOptions['detail'],
    theme: theme.value as WidgetOptions['theme'],
    layout: (layoutRadios.find((r) => r.checked)?.value ?? DEFAULTS.layout) as WidgetOptions['layout'],
    groupBy: groupBy.value as WidgetOptions['groupBy'],
    accent: accent.value,
  });

  /** The sample whose feed the fields hold, else "custom". */
  const matchingSample = () =>
    SAMPLES.find((s) => s.src === src.value.trim() && s.format === format.value && s.feedLanguage === feedLanguage.value.trim())?.id ?? CUSTOM;
  sample.value = matchingSample();

  const code = () => snippet(read(), scriptUrl.value);

  function update(): void {
    const options = read();
    const attributes = new Map(widgetAttributes(options));
    for (const name of MANAGED) {
      const value = attributes.get(name);
      if (value === undefined) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }
    preview.style.removeProperty('--careers-color-accent');
    for (const [property, value] of widgetStyles(options)) preview.style.setProperty(property, value);
    output.value = code();

    const ratio = contrastRatio(options.accent, '#ffffff');
    const shown = (Math.floor(ratio * 10) / 10).toFixed(1);
    contrast.textContent =
      ratio >= 4.5
        ? `Contrast with white: ${shown}:1, readable as link text (WCAG AA needs 4.5:1).`
        : `Contrast with white: ${shown}:1, too low for link text (WCAG AA needs 4.5:1): choose a darker colour.`;
    // A stale "copied" would claim the new code was copied.
    status.textContent = '';
  }

  async function copy(): Promise<'copied' | 'selected'> {
    const text = code();
    status.textContent = '';
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      status.textContent = 'Code copied. Paste it into your page.';
      return 'copied';
    } catch {
      output.focus();
      output.select();
      status.textContent = 'Your browser did not let this page copy. The code is selected: press Ctrl+C (Command+C on a Mac) to copy it.';
      return 'selected';
    }
  }

  sample.addEventListener('change', () => {
    const chosen = SAMPLES.find((s) => s.id === sample.value);
    if (chosen) {
      src.value = chosen.src;
      format.value = chosen.format;
      feedLanguage.value = chosen.feedLanguage;
    } else {
      src.focus();
    }
  });
  for (const field of [src, format, feedLanguage]) field.addEventListener('change', () => (sample.value = matchingSample()));
  // Text fields apply on `change` (Enter, Tab away), not per keystroke: a half-typed URL would be fetched.
  form.addEventListener('change', update);
  accent.addEventListener('input', update);
  scriptUrl.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  accentReset.addEventListener('click', () => {
    accent.value = DEFAULT_ACCENT;
    update();
  });
  copyButton.addEventListener('click', () => void copy());

  update();
  return { read, code, update, copy };
}
