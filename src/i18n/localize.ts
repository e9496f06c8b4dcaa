/**
 * `msg()` and `str` for the widget's own strings, looked up per element.
 *
 * `@lit/localize`'s runtime keeps one active locale per page, and the copy
 * of the library is shared with the host application when the widget comes
 * from npm: a host that configures it would take our strings with it, and
 * two widgets could never show two languages. So the elements set the
 * catalog of their own locale around each update (`inCatalog`), and this
 * `msg` reads it. Lit renders synchronously, so every `msg()` of one
 * element's update sees that element's catalog.
 *
 * The signatures are `@lit/localize`'s own (`MsgFn` and its `str`, which
 * carry the markers `lit-localize extract` recognises), so the tooling still
 * finds every message: extraction to XLIFF and the per-locale modules of
 * `lit-localize build` (whose `templates` are what a catalog holds) work as
 * before. Only strings and `str` templates are supported: the widget never
 * puts markup in a message.
 */
import type { MsgFn, MsgOptions, StrResult, TemplateMap, str as litStr } from '@lit/localize';

/**
 * The strings one element shows: its UI locale, that locale's translations
 * (none for English, the source), and the host's wording overrides (see the
 * `strings` property). A translation or override of a `str` message holds,
 * like `lit-localize build`'s output, the source's value indices in `values`.
 */
export interface Catalog {
  readonly locale: string;
  readonly templates?: TemplateMap;
  readonly overrides?: ReadonlyMap<string, string | StrResult>;
}

/** The catalog of the element being updated; none: the English source. */
let active: Catalog | undefined;

/** Runs `body` (an element's update) with `catalog`'s strings; nests. */
export function inCatalog<T>(catalog: Catalog | undefined, body: () => T): T {
  const outer = active;
  active = catalog;
  try {
    return body();
  } finally {
    active = outer;
  }
}

/** Builds the `StrResult` that `msg()` reads; the same shape as `@lit/localize`'s. */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as typeof litStr;

/**
 * The text of a message in the active catalog: the host's override, else the
 * translation, else the source. Every message has an `id` (a test checks).
 */
export const msg = ((template: string | StrResult, options?: MsgOptions): string => {
  const id = options?.id ?? '';
  const localized = active?.overrides?.get(id) ?? (active?.templates?.[id] as string | StrResult | undefined);
  const source = typeof template === 'string' ? undefined : template;
  const chosen = localized ?? template;
  if (typeof chosen === 'string') return chosen;
  let text = chosen.strings[0]!;
  for (let i = 1; i < chosen.strings.length; i++) {
    // A translation names the source value it puts here by index.
    text += String(source?.values[localized ? (chosen.values[i - 1] as number) : i - 1]) + chosen.strings[i]!;
  }
  return text;
}) as MsgFn;

/**
 * The host's wording (the widget's `strings` property): message id → text,
 * for every locale, or locale → (message id → text).
 */
export type StringOverrides = Readonly<Record<string, string | Readonly<Record<string, string>>>>;
