/**
 * The benchmark's static server, on 127.0.0.1 at a random port:
 *
 * - `/dist/…`: the built CDN files, gzip -9 encoded (as `npm run size`
 *   counts them), so the browser's Resource Timing `encodedBodySize` of a
 *   chunk is the very number the size budget adds up;
 * - `/feeds/<format>-<n>.json`: a generated feed (`feeds.mjs`), gzip encoded;
 * - `/widget/<format>-<n>.html`: a page with the CDN script and one
 *   `<careers-widget>` reading that feed;
 * - `/static/<format>-<n>.html`: the static floor, the same first cards as
 *   plain HTML (a declarative shadow root holding the widget's own markup and
 *   styles), once `setStatic()` has been given them.
 *
 * Every answer is `no-store`: each run downloads and compiles everything
 * afresh. Bodies are compressed once and kept in memory.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_NOW, FEEDS } from './feeds.mjs';
import { PROBE } from './probe.mjs';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.html': 'text/html' };

/** The page with the widget, as the README's Embed section writes it. */
function widgetPage(feed) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Careers – bench</title>
<script>${PROBE}</script>
<script type="module" src="/dist/careers-widget.js"></script>
</head>
<body>
<main>
<h1>Careers</h1>
<careers-widget src="/feeds/${feed}.json" now="${BENCH_NOW}"></careers-widget>
</main>
</body>
</html>
`;
}

/** The static floor: the widget's first render as HTML, no script but the probe's marks. */
function staticPage({ css, html }) {
  const escapeStyle = css.replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Careers – static floor</title>
<script>${PROBE}</script>
</head>
<body>
<main>
<h1>Careers</h1>
<careers-widget><template shadowrootmode="open"><style>${escapeStyle}</style>${html}</template></careers-widget>
<script>__bench.staticCard()</script>
</main>
</body>
</html>
`;
}

/** `/dist/…` paths of the chunks a first visit loads only after the feed arrived (the saved copies, to save it). */
function offPathFiles(dist) {
  const manifest = join(dist, '.vite/manifest.json');
  if (!existsSync(manifest)) return new Set();
  const chunks = JSON.parse(readFileSync(manifest, 'utf8'));
  return new Set(['src/feed/cache.ts'].filter((key) => chunks[key]).map((key) => `/dist/${chunks[key].file}`));
}

/**
 * Starts the server over `dist`. Resolves to `{ url, setStatic(feed,
 * snapshot), close() }`.
 */
export function startServer(dist) {
  const cache = new Map();
  const statics = new Map();
  const body = (key, make) => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key);
  };
  /** Sends `gz`, a gzip body (HTML pages are compressed here, once per request). */
  const send = (res, type, gz) => {
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(typeof gz === 'string' ? gzipSync(gz, { level: 9 }) : gz);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let match;
    if (path.startsWith('/dist/')) {
      const file = normalize(join(dist, path.slice('/dist/'.length)));
      if (file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
        const gz = body(file, () => gzipSync(readFileSync(file), { level: 9 }));
        return send(res, TYPES[extname(file)] ?? 'application/octet-stream', gz);
      }
    } else if ((match = /^\/feeds\/(\w+)-(\d+)\.json$/.exec(path)) && FEEDS[match[1]]) {
      const [, format, n] = match;
      const gz = body(path, () => gzipSync(JSON.stringify(FEEDS[format](Number(n))), { level: 6 }));
      return send(res, TYPES['.json'], gz);
    } else if ((match = /^\/widget\/(\w+-\d+)\.html$/.exec(path))) {
      return send(res, TYPES['.html'], widgetPage(match[1]));
    } else if ((match = /^\/static\/(\w+-\d+)\.html$/.exec(path)) && statics.has(match[1])) {
      return send(res, TYPES['.html'], statics.get(match[1]));
    }
    res.writeHead(404, { 'cache-control': 'no-store' }).end();
  });
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        setStatic: (feed, snapshot) => statics.set(feed, staticPage(snapshot)),
        /** Paths of the chunks `npm run size` counts on no path: the saved copies' chunk. */
        offPath: offPathFiles(dist),
        /** Compresses a feed ahead of the runs, so no run waits for it. */
        warm: (feed) => {
          const [format, n] = feed.split('-');
          body(`/feeds/${feed}.json`, () => gzipSync(JSON.stringify(FEEDS[format](Number(n))), { level: 6 }));
        },
        close,
      }),
    );
  });
}
