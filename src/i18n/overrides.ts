/**
 * The host's wording overrides (the `strings` property and a child
 * `<script type="application/json" data-strings>`), checked and turned into
 * what a catalog holds. A lazy chunk: only a page that gives overrides loads
 * it.
 *
 * Both take an object of message ids (`{ "list.label": "Open positions" }`),
 * optionally per locale (`{ "fr": { … }, "en": { … } }`); a locale's table
 * wins over ids given for every locale, and the property over the script.
 * Each text must use exactly the placeholders of its message (`{count}`);
 * an unknown id, a text that is not text, an empty text (it would remove an
 * accessible name) or a wrong or missing placeholder is reported once in the
 * console and the shipped text stays. Host keys never key a plain object:
 * entries are read with `Object.entries` into Maps.
 */
import type { StrResult } from '@lit/localize';
import { MESSAGE_PLACEHOLDERS } from '../generated/messages.js';

/** Where overrides come from: the inline script's text and the property's value. */
export interface StringSources {
  readonly inline: string | null;
  readonly property: unknown;
}

export type Override = string | StrResult;

/** The schemas, from the pipeline chunk (see `wording-schema.ts`). */
type Schemas = typeof import('./wording-schema.js');

const reported = new Set<string>();
/** Warns once per page about each problem. */
function report(problem: string): undefined {
  if (!reported.has(problem)) {
    reported.add(problem);
    console.warn(`careers-widget: ${problem}`);
  }
  return undefined;
}

/** `where`'s override of message `id`, checked; `undefined` (reported) when it cannot be used. */
function compile({ wording }: Schemas, id: string, value: unknown, where: string): Override | undefined {
  const names = MESSAGE_PLACEHOLDERS.get(id);
  if (!names) return report(`${where}: "${id}" is not a message id (the README lists them); ignored.`);
  if (!wording.safeParse(value).success) return report(`${where}: "${id}" must be non-empty text; the shipped text stays.`);
  // Odd parts are placeholder names: "{count} open positions" → ["", "count", " open positions"].
  const parts = (value as string).split(/\{([^{}]*)\}/u);
  const used = parts.filter((_, i) => i % 2 === 1);
  const wrong = used.find((name) => !names.includes(name));
  const missing = names.find((name) => !used.includes(name));
  if (wrong !== undefined || missing !== undefined) {
    const takes = names.map((name) => `{${name}}`).join(', ') || 'no placeholders';
    const problem = wrong !== undefined ? `has an unknown placeholder {${wrong}}` : `lacks {${missing}}`;
    return report(`${where}: "${id}" ${problem} (it takes ${takes}); the shipped text stays.`);
  }
  if (names.length === 0) return value as string;
  const strings = parts.filter((_, i) => i % 2 === 0);
  return {
    strTag: true,
    strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
    values: used.map((name) => names.indexOf(name)),
  };
}

function parseInline(source: string | null): unknown {
  if (source === null) return undefined;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    return report(`<script data-strings> is not JSON (${(error as Error).message}); ignored.`);
  }
}

/**
 * The overrides that apply to a widget whose locales are `locales`, least
 * specific first (`["fr", "fr-CA"]`: its UI locale, then the tag it asked
 * for), by message id.
 */
export type CompileOverrides = (sources: StringSources, locales: readonly string[]) => ReadonlyMap<string, Override>;

/** `compileOverrides`, once the feed pipeline's chunk (with the schemas) is there. */
export const overridesCompiler = async (): Promise<CompileOverrides> => {
  const schemas = await import('../feed/pipeline.js');
  return (sources, locales) => compileOverrides(schemas, sources, locales);
};

function compileOverrides(schemas: Schemas, sources: StringSources, locales: readonly string[]): ReadonlyMap<string, Override> {
  const table = schemas.wordingTable;
  const overrides = new Map<string, Override>();
  const wanted = [...new Set(locales.map((locale) => locale.toLowerCase()))];
  const given: [string, unknown][] = [
    ['<script data-strings>', parseInline(sources.inline)],
    ['strings', sources.property],
  ];
  for (const [where, value] of given) {
    if (value === undefined || value === null) continue;
    if (!table.safeParse(value).success) {
      report(`${where} must be an object of message ids, or of locales each with one; ignored.`);
      continue;
    }
    const everyLocale: [string, unknown][] = [];
    const perLocale = new Map<string, [string, unknown][]>();
    for (const [key, entry] of Object.entries(value as object)) {
      if (table.safeParse(entry).success) perLocale.set(key.toLowerCase().replace(/_/g, '-'), Object.entries(entry as object));
      else everyLocale.push([key, entry]);
    }
    const layers: [string, [string, unknown][]][] = [
      [where, everyLocale],
      ...wanted.map((locale): [string, [string, unknown][]] => [`${where} "${locale}"`, perLocale.get(locale) ?? []]),
    ];
    for (const [layer, entries] of layers) {
      for (const [id, wording] of entries) {
        const override = compile(schemas, id, wording, layer);
        if (override !== undefined) overrides.set(id, override);
      }
    }
  }
  return overrides;
}
