#!/usr/bin/env node
/**
 * Every UI message, read from the `msg()` calls in src/ the way `lit-localize
 * extract` reads them (its own analysis, through lit-localize.json), written
 * to two places:
 *
 * - README.md, between `<!-- messages:start -->` and `<!-- messages:end -->`:
 *   a table of each message id, its English text and its placeholders, for
 *   site owners who override wording with the `strings` property;
 * - src/generated/messages.ts: each id and its placeholder names in source
 *   order, what the overrides chunk checks `{placeholders}` against.
 *
 * `--check` writes nothing and exits 1 when either file is out of date (a
 * test runs it). Fails when a message has no explicit `id` (the widget looks
 * strings up by id, and overrides name them) or a placeholder is not a plain
 * variable name.
 *
 * Usage: node scripts/messages-table.mjs [--check] [--readme <path>] [--module <path>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const START = '<!-- messages:start -->';
const END = '<!-- messages:end -->';

class TableError extends Error {}

function fail(message) {
  throw new TableError(message);
}

let cached;
/** The messages of the program (read once per process), sorted by id: `{ id, text, placeholders, desc }`. */
export function readMessages() {
  return (cached ??= analyse());
}

function analyse() {
  const localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema('lit-localize.json'));
  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length > 0) fail(ts.formatDiagnostics(errors, ts.createCompilerHost({})));
  return messages
    .map((message) => {
      const where = `${message.file.fileName}: msg() "${message.name}"`;
      const options = message.node.arguments[1];
      const hasId = options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText() === 'id');
      if (!hasId) fail(`${where} has no id; give it { id: '…' }`);
      const placeholders = [];
      let text = '';
      for (const part of message.contents) {
        if (typeof part === 'string') {
          text += part;
          continue;
        }
        const name = /^\$\{(\w+)\}$/.exec(part.untranslatable)?.[1];
        if (!name) fail(`${where}: placeholder ${part.untranslatable} is not a variable name`);
        placeholders[part.index] = name;
        text += `{${name}}`;
      }
      return { id: message.name, text, placeholders, desc: message.desc ?? '' };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const cell = (text) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function readmeTable(messages) {
  const rows = messages.map(
    (m) => `| \`${m.id}\` | ${cell(m.text)} | ${m.placeholders.map((p) => `\`{${p}}\``).join(', ') || '–'} | ${cell(m.desc)} |`,
  );
  return [START, '| Id | English | Placeholders | Where |', '|---|---|---|---|', ...rows, END].join('\n');
}

export function moduleText(messages) {
  const entries = messages.map((m) => `  [${JSON.stringify(m.id)}, ${JSON.stringify(m.placeholders)}],`);
  return [
    '// Written by scripts/messages-table.mjs from the msg() calls in src/. Do not edit by hand.',
    '',
    '/** Every message id, with the names of its placeholders in the order of the source values. */',
    'export const MESSAGE_PLACEHOLDERS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([',
    ...entries,
    ']);',
    '',
  ].join('\n');
}

/**
 * Runs the script with command-line `argv`; returns the exit code (0, or 1
 * when `--check` finds a stale file or the messages cannot be tabled).
 */
export function main(argv) {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      readme: { type: 'string', default: 'README.md' },
      module: { type: 'string', default: 'src/generated/messages.ts' },
    },
  });
  try {
    const messages = readMessages();
    const readme = readFileSync(args.readme, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) fail(`${args.readme} has no "${START}" … "${END}" markers`);
    const wanted = {
      [args.readme]: readme.slice(0, start) + readmeTable(messages) + readme.slice(end + END.length),
      [args.module]: moduleText(messages),
    };
    let stale = 0;
    for (const [path, text] of Object.entries(wanted)) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // missing: stale
      }
      if (current === text) continue;
      stale++;
      if (args.check) console.error(`messages-table: ${path} is out of date; run "npm run messages".`);
      else writeFileSync(path, text);
    }
    if (args.check && stale > 0) return 1;
    console.log(`messages-table: ${messages.length} messages${args.check ? ', files up to date' : stale ? `, ${stale} file(s) written` : ', nothing to write'}`);
    return 0;
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    console.error(`messages-table: ${error.message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
