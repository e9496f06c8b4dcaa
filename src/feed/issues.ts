/** Turns validation issues into short "path: reason" lines for developers. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** `postings[3].locations[0].country` style path; `prefix` is prepended. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

export function formatIssue(issue: IssueLike, prefix = ''): string {
  return `${formatPath(issue.path, prefix)}: ${issue.message}`;
}
