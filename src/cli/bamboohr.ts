/// <reference types="node" />
/**
 * BambooHR's careers list has no descriptions and no dates: the CLI reads
 * each job's `/careers/{id}/detail` next to the list it fetched, a few at a
 * time, and adds them to the list's rows before the adapter runs.
 */
import { isRecord } from '../feed/checks.js';
import { fetchText } from '../feed/load.js';
import { oneLine } from './exit.js';
import { FETCH_TIMEOUT_MS } from './read.js';
import { pool } from './pool.js';

/** How many details are fetched at once: polite to the career site. */
export const DETAIL_CONCURRENCY = 4;

/** What a detail adds to its row, when it is there. */
const DETAIL_FIELDS = ['description', 'datePosted', 'jobOpeningShareUrl'] as const;

/**
 * The detail URL of job `id` next to the list at `listUrl`
 * (`…/careers/list` → `…/careers/{id}/detail`), or `undefined` when the
 * list URL does not end in `/list`.
 */
export function detailUrl(listUrl: string, id: string): string | undefined {
  const url = new URL(listUrl);
  if (!/\/list\/?$/.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(/\/list\/?$/, `/${encodeURIComponent(id)}/detail`);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The `result.jobOpening` of a detail answer, or a thrown Error. */
function jobOpeningOf(text: string): Readonly<Record<string, unknown>> {
  const body: unknown = JSON.parse(text);
  const opening = isRecord(body) && isRecord(body['result']) ? body['result']['jobOpening'] : undefined;
  if (!isRecord(opening)) throw new Error('no result.jobOpening in the answer');
  return opening;
}

/**
 * `payload` (a BambooHR careers list fetched from `listUrl`) with each row's
 * `description`, `datePosted` and `jobOpeningShareUrl` from its detail,
 * fetched `DETAIL_CONCURRENCY` at a time. A detail that fails (HTTP error,
 * timeout, not JSON, no `jobOpening`) leaves its row as it was and is named
 * in a `warn`ing; rows without an id are left as they are. A payload that is
 * not a list is returned as it is, for the adapter to reject.
 */
export async function withBambooDetails(
  payload: unknown,
  listUrl: string,
  warn: (line: string) => void,
): Promise<unknown> {
  if (!isRecord(payload) || !Array.isArray(payload['result'])) return payload;
  const rows: readonly unknown[] = payload['result'];
  if (rows.length > 0 && detailUrl(listUrl, '0') === undefined) {
    warn(`warning: ${listUrl} does not end in /careers/list: job details (descriptions, dates) not fetched`);
    return payload;
  }
  const detailed = await pool(rows, DETAIL_CONCURRENCY, async (row) => {
    const id = isRecord(row) && (typeof row['id'] === 'string' || typeof row['id'] === 'number') ? String(row['id']).trim() : '';
    if (!isRecord(row) || id === '') return row;
    try {
      const { text } = await fetchText(detailUrl(listUrl, id)!, { timeout: FETCH_TIMEOUT_MS, accept: 'application/json' });
      const opening = jobOpeningOf(text);
      const added: Record<string, unknown> = {};
      for (const field of DETAIL_FIELDS) if (opening[field] !== undefined && opening[field] !== null) added[field] = opening[field];
      return { ...row, ...added };
    } catch (error) {
      warn(`warning: job ${id}: no detail (${oneLine(error)}); it has no description or date`);
      return row;
    }
  });
  return { ...payload, result: detailed };
}
