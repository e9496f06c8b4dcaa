/**
 * `fn` with its answers kept, by argument. For the small, repetitive
 * questions a feed asks thousands of times (is `DE` a country, what is the
 * canonical form of `en-us`) and for `Intl` objects per locale: each `Intl`
 * call or constructor costs microseconds, a collator tens of them. A Map,
 * as everything keyed by feed text; emptied past 1,000 entries, so a feed
 * of odd values cannot make it grow without end. An answer of `undefined`
 * is not kept (it is asked again), nor is a thrown error.
 */
export function memoized<T>(fn: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= 1000) answers.clear();
      answers.set(key, (answer = fn(key)));
    }
    return answer;
  };
}
