/**
 * A web-test-runner middleware that serves real HTTP faults to the widget in
 * Chromium, under `/__faults/`. A test scripts the answers of one feed URL,
 * then points the widget at it; the browser meets the faults over a real
 * socket (status lines, headers, truncated and stalled bodies, redirects),
 * not through a stubbed `fetch`.
 *
 *   POST /__faults/script   body: {"steps": [Step, …]}  →  {"id": "f7"}
 *   GET  /__faults/run/f7[/anything][?query]   answers with the next step
 *                                               (the last one repeats)
 *   GET  /__faults/log/f7   →  {"requests": 3, "closedEarly": 1, "bytesSent": 1024}
 *   GET  /__faults/log/f7?closedEarly=3   the same, once 3 answers were cut
 *                                          short (the client's hang-up reaches
 *                                          the server a moment after the
 *                                          client moved on)
 *
 * A Step is `{status?, headers?, body?}` (default 200, `application/json`,
 * empty body), plus at most one `fault`:
 *
 * - `hang`: accept the request and never answer (no status line);
 * - `stall`: send the status line, the headers and `body`, then nothing;
 * - `truncate`: declare a `Content-Length` 1,000 bytes larger than `body`,
 *   send `body`, then close the connection;
 * - `redirect-loop`: a 302 to this same URL, every time;
 * - `endless`: a JSON-looking body that never ends, sent as fast as the
 *   client reads it (no `Content-Length`), until the client hangs up;
 * - `huge`: `Content-Length: bytes` (default 30 MB) announced, and a body of
 *   that size streamed as the client reads it.
 *
 * The log counts requests, connections the client closed before the answer
 * was complete (`closedEarly`) and body bytes written, so a test can check
 * from the server's side how many attempts were made and that the client
 * stopped reading a body early.
 *
 * Nothing here waits on a timer: every fault lasts until the client gives
 * up, and the dev server closes any connection still open when it stops.
 */

const PREFIX = '/__faults/';
const MB = 1024 * 1024;

/** Scripts and logs by id. A Map: ids come from request URLs. */
const scripts = new Map();
let nextId = 1;

/** Reads a small request body as text. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      text += chunk;
      if (text.length > MB) req.destroy(new Error('script too large'));
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Writes `total` bytes (or without end when `total` is Infinity) as the client reads them. */
function stream(res, log, total) {
  const head = '{"version":1,"postings":[';
  const row = Buffer.from(`{"id":"filler","title":"${'x'.repeat(990)}"},`); // 1 KB
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      const chunk = sent === 0 ? Buffer.from(head) : row.subarray(0, Math.min(row.length, total - sent));
      sent += chunk.length;
      log.bytesSent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump); // back pressure: wait until the client reads on
        return;
      }
    }
    res.end();
  };
  pump();
}

/** Serves one step of a script. */
function serve(ctx, step, log) {
  const { res } = ctx;
  ctx.respond = false; // Koa stays out of it: we write to the socket ourselves
  ctx.status = step.fault === 'redirect-loop' ? 302 : (step.status ?? 200); // for the dev server's request log only
  // 'close' comes when the answer is done or the connection went first.
  res.once('close', () => {
    if (res.writableFinished) return;
    log.closedEarly += 1;
    for (const wake of log.waiting.splice(0)) wake();
  });
  const body = Buffer.from(step.body ?? '');
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store', ...step.headers };
  switch (step.fault) {
    case 'hang':
      return; // the request is read; no answer ever comes
    case 'stall':
      res.writeHead(step.status ?? 200, headers);
      res.write(body);
      log.bytesSent += body.length;
      return; // headers and the start of the body; the rest never comes
    case 'truncate':
      res.writeHead(step.status ?? 200, { ...headers, 'content-length': String(body.length + 1000) });
      res.write(body, () => res.destroy()); // fewer bytes than announced, then the connection closes
      log.bytesSent += body.length;
      return;
    case 'redirect-loop':
      res.writeHead(302, { location: ctx.url, 'cache-control': 'no-store', 'content-length': '0' });
      res.end();
      return;
    case 'endless':
      res.writeHead(step.status ?? 200, headers);
      stream(res, log, Infinity);
      return;
    case 'huge': {
      const total = step.bytes ?? 30 * MB;
      res.writeHead(step.status ?? 200, { ...headers, 'content-length': String(total) });
      stream(res, log, total);
      return;
    }
    default:
      res.writeHead(step.status ?? 200, { ...headers, 'content-length': String(body.length) });
      res.end(body);
      log.bytesSent += body.length;
  }
}

const json = (ctx, status, value) => {
  ctx.status = status;
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
};

/** The middleware: answers under `/__faults/`, passes every other request on. */
export function faultServer() {
  return async function faults(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [action, id] = ctx.path.slice(PREFIX.length).split('/');
    if (action === 'script' && ctx.method === 'POST') {
      let steps;
      try {
        steps = JSON.parse(await readBody(ctx.req)).steps;
      } catch {
        return json(ctx, 400, { error: 'expected {"steps": [...]}' });
      }
      if (!Array.isArray(steps) || steps.length === 0) return json(ctx, 400, { error: 'expected at least one step' });
      const key = `f${nextId++}`;
      const log = { requests: 0, closedEarly: 0, bytesSent: 0 };
      // Not enumerable: the JSON of the log leaves out who waits for it.
      Object.defineProperty(log, 'waiting', { value: [] });
      scripts.set(key, { steps, log });
      return json(ctx, 200, { id: key });
    }
    const script = id === undefined ? undefined : scripts.get(id);
    if (!script) return json(ctx, 404, { error: `no fault script ${id}` });
    if (action === 'log') {
      const { log } = script;
      const until = Number(ctx.query.closedEarly ?? 0);
      while (log.closedEarly < until) await new Promise((resolve) => log.waiting.push(resolve));
      return json(ctx, 200, log);
    }
    if (action !== 'run') return json(ctx, 404, { error: `unknown action ${action}` });
    const { steps, log } = script;
    const step = steps[Math.min(log.requests, steps.length - 1)];
    log.requests += 1;
    serve(ctx, step, log);
  };
}
