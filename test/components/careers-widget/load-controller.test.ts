import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadController } from '../../../src/components/careers-widget/load-controller.js';

/** A host that records update requests and runs its controllers' hostUpdate on demand. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  requests = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.requests += 1;
  }
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}

/** A load whose runs the test settles by hand. */
function loads() {
  const runs: { args: readonly [string]; signal: AbortSignal; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const outcomes: string[] = [];
  let arg = 'a';
  const host = new Host();
  const controller = new LoadController(host, {
    task: (args: readonly [string], signal) =>
      new Promise<string>((resolve, reject) => runs.push({ args, signal, resolve, reject })),
    args: () => [arg] as const,
    onComplete: (value) => outcomes.push(`complete ${value}`),
    onError: (error) => outcomes.push(`error ${String(error)}`),
  });
  return { host, controller, runs, outcomes, setArg: (value: string) => (arg = value) };
}

describe('LoadController', () => {
  it('starts on the first update, not before; runs again only when an argument changes', async () => {
    const { host, controller, runs, setArg } = loads();
    expect([controller.status, runs.length]).to.deep.equal(['initial', 0]);
    host.update();
    expect([controller.status, runs.length, host.requests]).to.deep.equal(['pending', 1, 1]);
    host.update();
    expect(runs.length, 'same arguments').to.equal(1);
    setArg('b');
    host.update();
    expect(runs.map((r) => r.args[0])).to.deep.equal(['a', 'b']);
  });

  it('a newer run aborts the one going and alone decides the outcome', async () => {
    const { host, controller, runs, outcomes, setArg } = loads();
    host.update();
    setArg('b');
    host.update();
    expect(runs[0]!.signal.aborted).to.equal(true);
    expect(runs[1]!.signal.aborted).to.equal(false);
    const settled = controller.settled();
    runs[0]!.reject(new DOMException('aborted', 'AbortError'));
    runs[1]!.resolve('B');
    expect(await settled).to.equal('B');
    expect(outcomes).to.deep.equal(['complete B']);
    expect([controller.status, controller.value]).to.deep.equal(['complete', 'B']);
  });

  it('an error: status, error, onError, and settled() resolves undefined', async () => {
    const { host, controller, runs, outcomes } = loads();
    host.update();
    runs[0]!.reject('boom');
    expect(await controller.settled()).to.equal(undefined);
    expect([controller.status, controller.error, controller.value]).to.deep.equal(['error', 'boom', undefined]);
    expect(outcomes).to.deep.equal(['error boom']);
  });

  it('settled() waits for a run started while it waited', async () => {
    const { host, controller, runs, setArg } = loads();
    host.update();
    const settled = controller.settled();
    setArg('b');
    host.update(); // a newer run, after settled() was asked
    runs[0]!.resolve('A');
    await Promise.resolve();
    runs[1]!.resolve('B');
    expect(await settled).to.equal('B');
  });

  it('run() again with the same arguments (Retry), and requests an update when it ends', async () => {
    const { host, controller, runs } = loads();
    host.update();
    runs[0]!.reject('down');
    await controller.settled();
    const before = host.requests;
    const retry = controller.run();
    expect(controller.status).to.equal('pending');
    runs[1]!.resolve('A');
    expect(await retry).to.equal('A');
    expect(runs[1]!.args).to.deep.equal(['a']);
    expect(host.requests).to.equal(before + 2);
  });
});
