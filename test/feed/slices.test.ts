import { expect } from '@open-wc/testing';
import { SLICE_MS, drain, nextTask, sliced } from '../../src/feed/slices.js';

/** A generator of `n` steps that counts the steps run and returns `done`. */
function counter(n: number) {
  const state = { ran: 0 };
  function* steps(): Generator<void, string, void> {
    for (let i = 0; i < n; i++) {
      state.ran += 1;
      yield;
    }
    return 'done';
  }
  return { state, steps: steps() };
}

describe('slices', () => {
  it('drain runs every step at once and returns the result', () => {
    const { state, steps } = counter(40);
    expect(drain(steps)).to.equal('done');
    expect(state.ran).to.equal(40);
  });

  it('sliced gives the main thread back between slices, then resolves to the result', async () => {
    const { state, steps } = counter(40);
    // A budget below zero: every 16 steps are a slice.
    const result = sliced(steps, undefined, -1);
    expect(state.ran, 'the first slice runs at once, then a new task').to.equal(16);
    expect(await result).to.equal('done');
    expect(state.ran).to.equal(40);
  });

  it('sliced runs short work in one go with the default budget', async () => {
    expect(SLICE_MS).to.be.within(1, 16);
    const { state, steps } = counter(10);
    const result = sliced(steps);
    expect(state.ran).to.equal(10);
    expect(await result).to.equal('done');
  });

  it('sliced stops with the abort reason once the signal aborts', async () => {
    const { state, steps } = counter(100);
    const controller = new AbortController();
    const result = sliced(steps, controller.signal, -1);
    const reason = new Error('superseded');
    controller.abort(reason);
    let error: unknown;
    await result.catch((e: unknown) => (error = e));
    expect(error).to.equal(reason);
    expect(state.ran, 'no step after the pause').to.equal(16);
  });

  it('nextTask resolves in a later task, with scheduler.yield or without it', async () => {
    const order: string[] = [];
    const first = nextTask().then(() => order.push('yielded'));
    await Promise.resolve();
    order.push('microtask');
    await first;
    expect(order).to.deep.equal(['microtask', 'yielded']);

    const saved = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true, writable: true });
    try {
      const later: string[] = [];
      const channel = nextTask().then(() => later.push('message'));
      await Promise.resolve();
      later.push('microtask');
      await channel;
      expect(later).to.deep.equal(['microtask', 'message']);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'scheduler', saved);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    }
  });
});
