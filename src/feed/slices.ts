/**
 * Long work in slices: a step function (a generator that yields between
 * units of work, e.g. after each feed row) is run until a slice has taken
 * `SLICE_MS`, then the main thread is given back for a task (input, paint,
 * the host page's own work) before the next slice. So validating and
 * normalizing 10,000 postings never blocks the page for more than a frame.
 * Part of the lazy pipeline chunk.
 */
import { elapsed } from '../model/clock.js';

/** Milliseconds of work before the main thread is given back. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task: `scheduler.yield()` where the browser has it
 * (the continuation keeps its priority), else a message to a fresh
 * `MessageChannel` (not clamped to 4 ms like a nested `setTimeout(0)`).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` to its end in slices of about `budget` ms, with a new task
 * (`nextTask`) between slices, and resolves to its result. Rejects with the
 * abort reason once `signal` aborts (checked after each pause), so
 * superseded work stops early.
 */
export async function sliced<T>(steps: Iterator<unknown, T>, signal?: AbortSignal, budget = SLICE_MS): Promise<T> {
  let start = elapsed();
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    // The clock is read every 16 steps: reading it costs about as much as a step.
    if (n % 16 === 0 && elapsed() - start > budget) {
      await nextTask();
      signal?.throwIfAborted();
      start = elapsed();
    }
  }
}

/** Runs `steps` to its end at once: the synchronous API over the same steps. */
export function drain<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
