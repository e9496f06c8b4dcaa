/**
 * The shapes of the host's wording overrides (see `overrides.ts`), as zod
 * schemas. They ride in the feed pipeline's chunk, which every widget loads
 * anyway and which holds zod: imported by the overrides chunk directly, zod
 * would be split off into a chunk of its own on the first-card path.
 */
import * as z from 'zod/mini';

/**
 * An object (not an array, not null): message ids, or locales, to their
 * entries. Only whether it is one counts: entries are read from the input,
 * never from zod's output (which would key a plain object by host keys).
 */
export const wordingTable = z.object({});

/** One override: text that is not blank (an empty override would remove an accessible name). */
export const wording = z.string().check(z.refine((value) => value.trim() !== ''));
