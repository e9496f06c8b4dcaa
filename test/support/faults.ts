/**
 * The page's side of the fault server (`fault-server.mjs`, mounted by
 * web-test-runner.config.mjs under `/__faults/`): script what one URL
 * answers, then read the server's log of what happened on the wire.
 */

/** What the server does for one request; see fault-server.mjs. */
export interface FaultStep {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly fault?: 'hang' | 'stall' | 'truncate' | 'redirect-loop' | 'endless' | 'huge';
  /** For `huge`: the announced and sent size (default 30 MB). */
  readonly bytes?: number;
}

/** The server's account of one scripted URL. */
export interface FaultLog {
  /** Requests received. */
  readonly requests: number;
  /** Answers the client hung up on before they were complete. */
  readonly closedEarly: number;
  /** Body bytes written. */
  readonly bytesSent: number;
}

// Captured once: tests that stub `window.fetch` must not reach the server's control calls.
const realFetch = window.fetch.bind(window);

/**
 * A fresh URL (absolute, ending in `name`) whose requests get `steps` in
 * order; the last step repeats for every later request.
 */
export async function faultUrl(steps: readonly FaultStep[], name = 'jobs.json'): Promise<string> {
  const response = await realFetch('/__faults/script', { method: 'POST', body: JSON.stringify({ steps }) });
  if (!response.ok) throw new Error(`fault server: ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  return new URL(`/__faults/run/${id}/${name}`, document.baseURI).href;
}

/**
 * What the server saw for a URL made by `faultUrl`; with `closedEarly`, once
 * that many answers were cut short by the client (a hang-up reaches the
 * server a moment after the client has moved on).
 */
export async function faultLog(url: string, closedEarly = 0): Promise<FaultLog> {
  const id = new URL(url).pathname.split('/')[3];
  const response = await realFetch(`/__faults/log/${id}?closedEarly=${closedEarly}`);
  if (!response.ok) throw new Error(`fault server: ${await response.text()}`);
  return (await response.json()) as FaultLog;
}

/** A step answering `value` as JSON (or with another content type). */
export const jsonStep = (value: unknown, contentType = 'application/json'): FaultStep => ({
  body: JSON.stringify(value),
  headers: { 'content-type': contentType },
});
