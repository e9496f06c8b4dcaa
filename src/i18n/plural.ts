/**
 * Picks a message by CLDR plural category. Callers pass a function per
 * category they translate; missing categories fall back to `other`, which is
 * always required. Functions, so `msg()` runs only for the chosen one.
 */
export type PluralMessages = { other: () => string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, () => string>
>;

export function plural(count: number, locale: string, messages: PluralMessages): string {
  const category = new Intl.PluralRules(locale).select(count);
  return (messages[category] ?? messages.other)();
}
