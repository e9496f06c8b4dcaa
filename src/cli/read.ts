/// <reference types="node" />
/**
 * Where the CLI reads feeds from: http(s) URLs (with a timeout), files, or
 * stdin (`-`). Turns every failure into a one-line `CliError` or `FeedError`.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { fetchText } from '../feed/load.js';
import type { XmlParser } from '../feed/sources.js';
import { CliError, EXIT, usageError } from './exit.js';

/** One source named on the command line. */
export interface SourceSpec {
  readonly kind: 'url' | 'file';
  /** Absolute URL, file path, or `-` for stdin. */
  readonly value: string;
  /** `--language` in effect for this source. */
  readonly language?: string;
  /** For files: `--source-url` in effect, the URL the file was downloaded from. */
  readonly sourceUrl?: string;
}

/** A source's body, before decoding. */
export interface RawSource {
  /** How messages name it: the URL, the path, or "stdin". */
  readonly name: string;
  readonly text: string;
  readonly contentType: string | null;
  /**
   * The URL the data came from: the fetched URL, or a file's `--source-url`.
   * Adapters read its `?language=`; Personio builds posting links on its host.
   */
  readonly url?: string;
}

/** How long a URL may take to answer. */
export const FETCH_TIMEOUT_MS = 30_000;

/** Parses an http(s) URL given on the command line, or fails as a usage error. */
export function checkUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`invalid URL "${value}": expected an absolute http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(`invalid URL "${value}": only http and https URLs can be fetched`);
  }
  return url.href;
}

/** A command-line argument as a source: `scheme://…` is a URL, else a file. */
export function specOf(value: string, language?: string): SourceSpec {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(value)
    ? { kind: 'url', value: checkUrl(value), language }
    : { kind: 'file', value, language };
}

/** Maps, not objects: an error code or a file extension never reaches `Object.prototype`. */
const FILE_ERRORS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file'],
  ['EISDIR', 'is a directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
]);

const TYPES: ReadonlyMap<string, string> = new Map([
  ['.xml', 'application/xml'],
  ['.json', 'application/json'],
  ['.jsonld', 'application/ld+json'],
]);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads one source; a URL may take `timeout` milliseconds. Files and stdin
 * are sniffed by extension, then content.
 */
export async function readSource(spec: SourceSpec, timeout = FETCH_TIMEOUT_MS): Promise<RawSource> {
  if (spec.kind === 'url') {
    // A timeout is a FeedError "… did not answer within 30 s" (exit code 3).
    const { text, contentType } = await fetchText(spec.value, { timeout });
    return { name: spec.value, text, contentType, url: spec.value };
  }
  const url = spec.sourceUrl;
  if (spec.value === '-') return { name: 'stdin', text: await readStdin(), contentType: null, url };
  try {
    const text = await readFile(spec.value, 'utf8');
    return { name: spec.value, text, contentType: TYPES.get(extname(spec.value).toLowerCase()) ?? null, url };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FILE_ERRORS.get(code) ?? (error as Error).message;
    throw new CliError(`cannot read ${spec.value}: ${reason}`, EXIT.io);
  }
}

/** An XML parser for `parseXml`: xmldom, stopping at the first error. */
export function xmlParser(): XmlParser {
  return new DOMParser({ onError: onErrorStopParsing });
}
