/// <reference types="node" />
/**
 * `careers-feed`: convert ATS feeds to the careers feed format v1, validate
 * feeds, print the JSON Schema. `bin/careers-feed.js` runs `main`. Node only.
 *
 * Output contract: data (a feed, a schema, a validation report) on stdout;
 * summaries of `convert` and every error on stderr, errors as one line
 * `careers-feed: <message>`; exit codes in `exit.ts` and `--help`.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { FeedFormat } from '../feed/formats.js';
import { CLI_FORMATS, type CliFormat, type CliSourceFormat } from './formats.js';
import { FeedError } from '../feed/errors.js';
import { isLanguageTag } from '../feed/checks.js';
import { parseFeed, type ParsedFeed } from '../feed/parse.js';
import { feedEnvelopeSchema } from '../feed/schema.js';
import { formatIssue } from '../feed/issues.js';
import { feedJsonSchema } from '../feed/json-schema.js';
import { decodePayload, languageFromUrl, toNativeFeed, type NativeResult, type XmlParser } from '../feed/sources.js';
import { mergeFeedsTraced } from '../feed/merge.js';
import { detectFormat } from '../feed/adapters/detect.js';
import { CliError, EXIT, exitCodeOf, oneLine, usageError } from './exit.js';
import { CONVERT_HELP, FORMAT_LIST, MAIN_HELP, SCHEMA_HELP, VALIDATE_HELP } from './help.js';
import { checkUrl, FETCH_TIMEOUT_MS, readSource, specOf, xmlParser, type RawSource, type SourceSpec } from './read.js';
import { isWorkdayUrl, readWorkday } from './workday.js';
import { htmlParser } from './html.js';
import { withBambooDetails } from './bamboohr.js';
import { droppedLines, expiredLine, foundLines, problemLines, summaryLine, undatedLine, unresolvedLine, warningCounts } from './report.js';
import type { UnresolvedPlace } from '../feed/adapters/types.js';
import { parseNow, systemClock } from '../model/clock.js';

const NAME = 'careers-feed';
/** Node has no DOMParser: the adapters read HTML with parse5. */
const HTML_PARSER = htmlParser();
const COMMANDS = ['convert', 'validate', 'schema'] as const;

const out = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const err = (text: string): void => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

/** The package version, read from `package.json` next to `dist/`. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` with its errors turned into one-line usage errors. */
function parse<T extends Options>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const first = oneLine(error).split(/\. (?=[A-Z])/)[0]!.replace(/\.$/, '');
    throw usageError(`${first} (see "${NAME} ${command} --help")`);
  }
}

function checkFormat(value: string): CliFormat {
  if ((CLI_FORMATS as readonly string[]).includes(value)) return value as CliFormat;
  throw usageError(`unknown format "${value}"; valid formats: ${FORMAT_LIST}`);
}

/** `--timeout <seconds>` in milliseconds (default 30 s). */
function checkTimeout(value: string | undefined): number {
  if (value === undefined) return FETCH_TIMEOUT_MS;
  const seconds = Number(value);
  if (value.trim() !== '' && Number.isFinite(seconds) && seconds > 0 && seconds <= 3600) return Math.round(seconds * 1000);
  throw usageError(`invalid --timeout "${value}": expected seconds, more than 0 and at most 3600`);
}

/** A source read and converted, as the summary names it. */
interface ReadResult extends Omit<NativeResult, 'format'> {
  readonly format: CliSourceFormat;
}

/** Whether `spec` is read as a Workday career site: `--format workday`, or `auto` and a `*.myworkdayjobs.com` URL. */
const isWorkdaySource = (spec: SourceSpec, format: CliFormat): boolean =>
  spec.kind === 'url' && (format === 'workday' || (format === 'auto' && isWorkdayUrl(spec.value)));

/** The widget's format for a source not read as Workday (`workday` never gets here: see `isWorkdaySource`). */
function feedFormatOf(format: CliFormat, spec: SourceSpec): FeedFormat {
  if (format !== 'workday') return format;
  throw usageError(
    `--format workday reads a Workday career site URL (--url https://{tenant}.wdN.myworkdayjobs.com/{locale}/{site}), not a file: ${spec.value}`,
  );
}

/**
 * The moment postings are checked for expiry: `--now`, else the
 * `CAREERS_NOW` environment variable (tests pin it), else the system clock.
 */
function checkNow(option: string | undefined): Date {
  const [value, origin] = option !== undefined ? [option, '--now'] : [process.env['CAREERS_NOW'], 'CAREERS_NOW'];
  if (value === undefined || value.trim() === '') return systemClock();
  const now = parseNow(value);
  if (now) return now;
  throw usageError(`invalid ${origin} "${value}": expected an ISO 8601 date such as 2026-11-15 or 2026-11-15T12:00:00Z`);
}

function checkLanguage(value: string): string {
  if (isLanguageTag(value)) return Intl.getCanonicalLocales(value)[0]!;
  throw usageError(`invalid language tag "${value}": expected a BCP 47 tag such as "en" or "de-CH"`);
}

/**
 * Decodes and adapts one source (HTML inside it read with parse5); messages
 * name it. A BambooHR list fetched from a URL first gets each job's detail
 * (description, date), a failed one named on stderr.
 */
async function adapt(raw: RawSource, spec: SourceSpec, format: FeedFormat, xml: XmlParser): Promise<NativeResult> {
  let payload = await decodePayload(raw.text, raw.contentType, xml, raw.name);
  if (spec.kind === 'url' && raw.url && (format === 'auto' ? detectFormat(payload) : format) === 'bamboohr') {
    payload = await withBambooDetails(payload, raw.url, err);
  }
  const language = (raw.url ? languageFromUrl(raw.url) : undefined) ?? spec.language;
  try {
    return await toNativeFeed(payload, { format, language, url: raw.url, html: HTML_PARSER });
  } catch (error) {
    if (error instanceof FeedError) throw new FeedError(error.kind, `${raw.name}: ${error.message}`, error.status);
    throw error;
  }
}

/** `parseFeed`, with an envelope error naming the sources. */
function validate(feed: unknown, names: readonly string[]): ParsedFeed {
  try {
    return parseFeed(feed);
  } catch (error) {
    if (error instanceof FeedError) throw new FeedError(error.kind, `${names.join(', ')}: ${error.message}`);
    throw error;
  }
}

/** Rows of a merged feed whose source gave no language. */
function countWithoutLanguage(feed: unknown): number {
  const rows = (feed as { postings?: unknown }).postings;
  if (!Array.isArray(rows)) return 0;
  return rows.filter((r) => typeof r === 'object' && r !== null && (r as { language?: unknown }).language === undefined).length;
}

async function writeOut(file: string | undefined, text: string): Promise<void> {
  if (file === undefined) return out(text);
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? oneLine(error)}`, EXIT.io);
  }
}

async function convert(args: string[]): Promise<number> {
  const { values, tokens } = parse(
    args,
    {
      format: { type: 'string', short: 'f' },
      url: { type: 'string', short: 'u', multiple: true },
      file: { type: 'string', short: 'i', multiple: true },
      language: { type: 'string', short: 'l', multiple: true },
      'source-url': { type: 'string', short: 's', multiple: true },
      out: { type: 'string', short: 'o' },
      strict: { type: 'boolean' },
      'strict-locations': { type: 'boolean' },
      now: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'convert',
  );
  if (values.help) return (out(CONVERT_HELP), EXIT.ok);
  const format = checkFormat(values.format ?? 'auto');
  const now = checkNow(values.now);
  const timeout = checkTimeout(values.timeout);
  // Sources in command-line order, each with the --language and --source-url
  // before it; sources before the first of either take the first one.
  const specs: SourceSpec[] = [];
  let language: string | undefined;
  let sourceUrl: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && token.value !== undefined) {
      if (token.name === 'language') language = checkLanguage(token.value);
      else if (token.name === 'source-url') sourceUrl = checkUrl(token.value);
      else if (token.name === 'url') specs.push({ kind: 'url', value: checkUrl(token.value), language });
      else if (token.name === 'file') specs.push({ kind: 'file', value: token.value, language, sourceUrl });
    } else if (token.kind === 'positional') {
      const spec = specOf(token.value, language);
      specs.push(spec.kind === 'file' ? { ...spec, sourceUrl } : spec);
    }
  }
  if (specs.length === 0) throw usageError(`convert needs a source: --url <url> or --file <path> (see "${NAME} convert --help")`);
  const firstLanguage = values.language?.[0] === undefined ? undefined : checkLanguage(values.language[0]);
  const firstSourceUrl = values['source-url']?.[0] === undefined ? undefined : checkUrl(values['source-url'][0]);
  const sources = specs.map((s) => ({
    ...s,
    language: s.language ?? firstLanguage,
    sourceUrl: s.kind === 'file' ? (s.sourceUrl ?? firstSourceUrl) : undefined,
  }));

  const xml = xmlParser();
  const formats = sources.map((s) => (isWorkdaySource(s, format) ? undefined : feedFormatOf(format, s)));
  // Files and feed URLs are fetched in parallel; Workday sites one after the other, each with its own progress.
  const raws = await Promise.all(sources.map((s, i) => (formats[i] ? readSource(s, timeout) : undefined)));
  const names: string[] = [];
  const results: ReadResult[] = [];
  const notes: string[] = [];
  for (const [i, source] of sources.entries()) {
    const raw = raws[i];
    if (raw) {
      names.push(raw.name);
      results.push(await adapt(raw, source, formats[i]!, xml));
      notes.push(results[i]!.format);
    } else {
      const site = await readWorkday(source.value, { language: source.language, now, timeout, userAgent: `${NAME}/${version()}` });
      names.push(source.value);
      results.push(site);
      notes.push(`${site.format}: ${site.summary}`);
    }
  }
  const { feed: merged, origins } = mergeFeedsTraced(results);
  const feed = validate(merged, names);
  const origin = (index: number): string | undefined => {
    const from = names.length > 1 ? origins[index] : undefined;
    return from && `from ${names[from.source]!} #${from.index}`;
  };

  err(`read ${names.map((name, i) => `${name} (${notes[i]!})`).join(', ')}`);
  err(summaryLine(feed));
  for (const line of problemLines(feed, origin)) err(`  ${line}`);
  for (const line of droppedLines(feed, origin)) err(`  ${line}`);
  const places = results.flatMap((r) => r.unresolvedLocations);
  const unresolved = unresolvedLine(places);
  if (unresolved) err(unresolved);
  const expired = expiredLine(feed, now);
  if (expired) err(expired);
  const undated = undatedLine(feed);
  if (undated) err(undated);
  for (const line of foundLines(feed)) err(line);
  const noLanguage = countWithoutLanguage(merged);
  if (noLanguage > 0) {
    err(`hint: ${noLanguage} row(s) have no language in their source; give --language <tag> (or ?language= in the URL)`);
  }
  const unlinked = feed.postings.filter((p) => p.url === undefined).length;
  if (unlinked > 0) {
    err(
      `hint: ${unlinked} posting(s) have no link (url); the widget shows them in its own detail view` +
        (results.some((r) => r.format === 'personio') ? '; give --source-url to link Personio postings to their board' : '') +
        (results.some((r) => r.format === 'bamboohr') ? '; give the BambooHR list as https://{company}.bamboohr.com/careers/list (or --source-url) to link its postings' : ''),
    );
  }

  if (feed.postings.length === 0 && feed.skipped.length > 0) {
    throw new CliError(`no valid posting: all ${feed.skipped.length} rows were skipped; nothing written`, EXIT.invalid);
  }
  const warnings = warningCounts(feed);
  if (values.strict && warnings) {
    throw new CliError(`${warnings} and --strict is set; nothing written`, EXIT.invalid);
  }
  if (values['strict-locations'] && places.length > 0) {
    throw new CliError(`${places.length} location(s) without a country and --strict-locations is set; nothing written`, EXIT.invalid);
  }
  const native = {
    version: 1,
    ...(feed.organization ? { organization: feed.organization } : {}),
    postings: feed.postings,
  };
  await writeOut(values.out, `${JSON.stringify(native, null, 2)}\n`);
  if (values.out !== undefined) err(`wrote ${values.out}`);
  return EXIT.ok;
}

async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      format: { type: 'string', short: 'f' },
      language: { type: 'string', short: 'l' },
      'source-url': { type: 'string', short: 's' },
      strict: { type: 'boolean' },
      'strict-locations': { type: 'boolean' },
      now: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'validate',
  );
  if (values.help) return (out(VALIDATE_HELP), EXIT.ok);
  const format = checkFormat(values.format ?? 'careers');
  const now = checkNow(values.now);
  const timeout = checkTimeout(values.timeout);
  const language = values.language === undefined ? undefined : checkLanguage(values.language);
  if (positionals.length !== 1) {
    throw usageError(
      `validate needs exactly one file or URL, got ${positionals.length} (see "${NAME} validate --help")`,
    );
  }
  const target = positionals[0]!;
  const given = specOf(target, language);
  const sourceUrl = values['source-url'] === undefined ? undefined : checkUrl(values['source-url']);
  const spec: SourceSpec = given.kind === 'file' ? { ...given, sourceUrl } : given;
  let data: unknown;
  let unresolved: readonly UnresolvedPlace[] = [];
  let name = spec.value;
  if (isWorkdaySource(spec, format)) {
    const site = await readWorkday(spec.value, { language, now, timeout, userAgent: `${NAME}/${version()}` });
    data = site.feed;
    unresolved = site.unresolvedLocations;
    out(`read ${spec.value} as workday (${site.summary})`);
  } else {
    const raw = await readSource(spec, timeout);
    name = raw.name;
    if (format === 'careers') {
      data = await decodePayload(raw.text, raw.contentType, xmlParser(), raw.name);
    } else {
      const result = await adapt(raw, spec, feedFormatOf(format, spec), xmlParser());
      data = result.feed;
      unresolved = result.unresolvedLocations;
      out(`read ${raw.name} as ${result.format}`);
    }
  }

  const envelope = feedEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) out(formatIssue(issue));
    const detected = format === 'careers' ? detectFormat(data) : undefined;
    if (detected && detected !== 'careers') {
      out(`hint: this looks like a ${detected} feed; try "${NAME} validate --format ${detected} ${target}"`);
    }
    out(`invalid: ${name} is not a careers feed v1`);
    return EXIT.invalid;
  }
  const feed = parseFeed(data);
  for (const line of problemLines(feed)) out(line);
  for (const line of droppedLines(feed)) out(line);
  out(summaryLine(feed));
  const unresolvedText = unresolvedLine(unresolved);
  if (unresolvedText) out(unresolvedText);
  const expired = expiredLine(feed, now);
  if (expired) out(expired);
  const undated = undatedLine(feed);
  if (undated) out(undated);
  for (const line of foundLines(feed)) out(line);
  const noLanguage = format === 'careers' ? 0 : countWithoutLanguage(data);
  if (noLanguage > 0) out(`hint: ${noLanguage} row(s) have no language in their source; give --language <tag>`);
  if (feed.postings.length === 0 && feed.skipped.length > 0) {
    out(`invalid: no valid posting (all ${feed.skipped.length} rows skipped)`);
    return EXIT.invalid;
  }
  if (values['strict-locations'] && unresolved.length > 0) {
    out(`invalid: ${unresolved.length} location(s) without a country (--strict-locations)`);
    return EXIT.invalid;
  }
  const warnings = warningCounts(feed);
  if (warnings) {
    const kept = [
      feed.skipped.length ? `${feed.skipped.length} skipped row(s)` : '',
      feed.dropped.length ? `${feed.dropped.length} dropped field(s)` : '',
    ].filter(Boolean);
    out(values.strict ? `invalid: ${warnings} (--strict)` : `valid, with ${kept.join(' and ')} (warnings; --strict makes them fail)`);
    return values.strict ? EXIT.invalid : EXIT.ok;
  }
  out('valid');
  return EXIT.ok;
}

async function schema(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    'schema',
  );
  if (values.help) return (out(SCHEMA_HELP), EXIT.ok);
  if (positionals.length > 0) throw usageError(`schema takes no arguments, got "${positionals[0]}"`);
  await writeOut(values.out, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      err(MAIN_HELP);
      return EXIT.usage;
    case '-h':
    case '--help':
    case 'help':
      out(MAIN_HELP);
      return EXIT.ok;
    case '-v':
    case '--version':
      out(version());
      return EXIT.ok;
    case 'convert':
      return convert(rest);
    case 'validate':
      return validateCommand(rest);
    case 'schema':
      return schema(rest);
    default:
      throw usageError(
        `${command.startsWith('-') ? `unknown option "${command}"` : `unknown command "${command}"`}; commands: ${COMMANDS.join(', ')} (see "${NAME} --help")`,
      );
  }
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    err(`${NAME}: ${oneLine(error)}`);
    return exitCodeOf(error);
  }
}
