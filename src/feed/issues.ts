/** Turns validation issues into short "path: reason" lines for developers. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The kind of problem (zod's issue code), when known. */
  readonly code?: string;
  /** For a wrong type: the type that was expected. */
  readonly expected?: string;
  /** For a wrong value: the values allowed. */
  readonly values?: readonly unknown[];
}

/** zod/mini ships no messages: every built-in issue says just this. */
const GENERIC = 'Invalid input';

/** `postings[3].locations[0].country` style path; `prefix` is prepended. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

/** The reason of an issue: its own message, else one derived from its kind. */
export function issueReason(issue: IssueLike): string {
  if (issue.message !== GENERIC) return issue.message;
  if (issue.code === 'invalid_type' && issue.expected) return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value' && issue.values?.length) {
    const values = issue.values.map((v) => JSON.stringify(v));
    return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
  }
  return issue.message;
}

export function formatIssue(issue: IssueLike, prefix = ''): string {
  return `${formatPath(issue.path, prefix)}: ${issueReason(issue)}`;
}
