/// <reference types="node" />
/**
 * Exit codes of `careers-feed`, and the error that carries one. Every failure
 * ends as one line on stderr and one of these codes.
 */
import { FeedError } from '../feed/errors.js';

export const EXIT = {
  /** Success; skipped rows are warnings unless `--strict`. */
  ok: 0,
  /** The feed is unusable: malformed JSON/XML, unrecognised format, invalid
   * envelope, no valid posting, or (with `--strict`) any skipped row. */
  invalid: 1,
  /** Bad command line: unknown command or option, missing or bad value. */
  usage: 2,
  /** A file or URL could not be read, or the output not written. */
  io: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with its exit code and a one-line message. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}

export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);

/** The exit code for any error: network/timeout/HTTP → I/O, parse/schema → invalid. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.code;
  if (error instanceof FeedError) return error.kind === 'parse' || error.kind === 'schema' ? EXIT.invalid : EXIT.io;
  return EXIT.io;
}

/** The error as one line (multi-line messages are joined). */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
