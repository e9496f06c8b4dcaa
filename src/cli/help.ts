/// <reference types="node" />
/** `--help` texts of `careers-feed` and its commands. */
import { CLI_FORMATS } from './formats.js';

export const FORMAT_LIST = CLI_FORMATS.join(', ');

const EXIT_CODES = `Exit codes:
  0  success (skipped rows and dropped fields are warnings, unless --strict)
  1  invalid feed: malformed JSON or XML, unrecognised format, invalid
     envelope, no valid posting, any skipped row or dropped field with
     --strict, or any location without a country with --strict-locations
  2  usage error: unknown command or option, missing or bad argument,
     unknown format, invalid URL or language tag
  3  I/O error: unreadable file, unwritable output, unreachable URL,
     HTTP error status, timeout (30 s unless --timeout), every Workday
     job detail failed`;

export const MAIN_HELP = `Usage: careers-feed <command> [options]

Convert job feeds of applicant tracking systems to the careers feed format v1
read by <careers-widget>, validate feeds, print the feed's JSON Schema.

Commands:
  convert    Read Greenhouse, Lever, Ashby, Workable, Recruitee,
             SmartRecruiters, Personio (XML), JSON-LD, Breezy HR, BambooHR
             or native feeds from files or URLs, or a Workday career site,
             and write one merged native v1 feed
  validate   Check a feed (file or URL) and report every problem
  schema     Print the JSON Schema of the feed format v1

Options:
  -h, --help     Show this help; "careers-feed <command> --help" for a command
  -v, --version  Print the version

${EXIT_CODES}
`;

export const CONVERT_HELP = `Usage: careers-feed convert [--format <fmt>] (--url <url> | --file <path>)...
                           [--language <tag>] [--out <file>] [--strict] [--strict-locations]
                           [--now <date>] [--timeout <seconds>]

Reads one or more feeds, converts each to the careers feed format v1, merges
them and writes the result: only the postings that pass validation. A summary
goes to stderr: postings, skipped rows and why, invalid optional fields left
out of kept postings ("warning: <path> dropped: <reason>"), locations without a country,
postings already closed (kept in the output; the widget hides them),
countries and languages found.

Options:
  -f, --format <fmt>    Source format, the same for every source (default:
                        auto, detected per source; a *.myworkdayjobs.com URL
                        is read as workday). One of:
                        ${FORMAT_LIST}
  -u, --url <url>       Fetch an http(s) URL; repeatable. A ?language= or
                        ?lang= parameter in it sets its postings' language.
                        A BambooHR list (…/careers/list) also has each job's
                        …/careers/{id}/detail fetched, 4 at a time, for its
                        description and date (the list has neither); a
                        detail that fails is a warning
  -i, --file <path>     Read a file ("-": stdin); repeatable. *.xml, or a
                        body starting with "<", is read as XML (Personio)
  -l, --language <tag>  Language (BCP 47, e.g. "de") of postings whose source
                        does not say. Applies to the sources after it; sources
                        before the first --language take the first one
  -s, --source-url <url>
                        The URL a --file was downloaded from, for the files
                        after it (same rule as --language). Personio needs
                        it to link postings (https://{company}.jobs.personio.de
                        /xml); its ?language= sets the language. BambooHR
                        links postings on its host ({company}.bamboohr.com)
  -o, --out <file>      Write the feed to this file instead of stdout
      --strict          Fail (exit 1, nothing written) if any row is skipped
                        or any field dropped
      --strict-locations
                        Fail (exit 1, nothing written) if any location got
                        no country
      --now <date>      The moment closing dates (validThrough) are checked
                        against: an ISO 8601 date or date-time (default: the
                        CAREERS_NOW environment variable, else the clock).
                        Also the day Workday's "Posted 3 Days Ago" counts
                        back from, for a job without a start date
      --timeout <seconds>
                        How long each request may take (default: 30)
  -h, --help            Show this help

Sources may also be given as plain arguments (http(s) URLs or paths); they are
read in command-line order. When sources are merged, the organization is the
first one found; a posting whose id an earlier source already used is dropped
if identical, else renamed "<id>~<n>" (n: 1-based source position).

Workday (CLI only: Workday career sites answer no cross-origin requests, so
the widget cannot read them): give the career site URL,
https://{tenant}.wdN.myworkdayjobs.com/{locale}/{site}. The job list is read
20 at a time, then each job's detail, 4 at a time; a detail that fails drops
its job with a warning and the others are kept. The locale in the URL (en-US)
sets the language (en), else --language. On a terminal a progress bar shows
on stderr; elsewhere only warnings and the summary ("25 listed, 24 details
read, 1 dropped"). Requests say "User-Agent: careers-feed/<version>".

Examples:
  careers-feed convert --format greenhouse \\
    --url "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true" \\
    --out feed.json
  careers-feed convert --format personio \\
    --source-url https://acme.jobs.personio.de/xml \\
    -l de --file jobs-de.xml -l en --file jobs-en.xml -o feed.json
  careers-feed convert --format workday \\
    --url https://acme.wd5.myworkdayjobs.com/en-US/External -o feed.json
  careers-feed convert -l en \\
    --url https://acme.bamboohr.com/careers/list -o feed.json

${EXIT_CODES}
`;

export const VALIDATE_HELP = `Usage: careers-feed validate [--format <fmt>] [--language <tag>] [--strict]
                            [--strict-locations] [--now <date>]
                            [--timeout <seconds>] <file|url>

Validates a careers feed v1 the way <careers-widget> does. Prints every
problem of a skipped row as "path: reason" (e.g. "postings[3].title: must
not be empty"), every invalid optional value left out of a kept posting as
"warning: path dropped: reason" (e.g. "warning: postings[3].salary dropped:
currency: must be an ISO 4217 currency code"), then a summary ("240 postings,
3 skipped: #3 ..."), and the countries and languages found.

A row is skipped only when its id, title or language is unusable, or it has
neither a url nor a description or sections (datePosted is optional: a bad
one is dropped, and an undated posting shows no date). A bad organization is
dropped, not the feed. A feed is unusable (exit 1) when it is not JSON, its
envelope is invalid (version, postings) or no posting at all is valid.
Skipped rows and dropped fields are warnings (exit 0) unless --strict is
given.

Options:
  -f, --format <fmt>    Read the source as this format first and validate the
                        converted feed (default: careers). One of:
                        ${FORMAT_LIST}
  -l, --language <tag>  With --format: language of postings whose source does
                        not say (BCP 47)
  -s, --source-url <url>
                        With --format and a file: the URL it was downloaded
                        from (Personio links postings on its host)
      --strict          Exit 1 when any row is skipped or any field dropped
      --strict-locations
                        With --format: exit 1 when any location got no country
      --now <date>      The moment closing dates (validThrough) are checked
                        against: an ISO 8601 date or date-time (default: the
                        CAREERS_NOW environment variable, else the clock)
      --timeout <seconds>
                        How long each request may take (default: 30)
  -h, --help            Show this help

The argument is an http(s) URL or a file path ("-": stdin); with --format
workday (or auto), a Workday career site URL (see "careers-feed convert
--help").

${EXIT_CODES}
`;

export const SCHEMA_HELP = `Usage: careers-feed schema [--out <file>]

Prints the JSON Schema (draft 2020-12) of the careers feed format v1, the
same as the package's feed.schema.json. Point a feed's "$schema" at it for
validation and completion in editors.

Options:
  -o, --out <file>  Write the schema to this file instead of stdout
  -h, --help        Show this help

${EXIT_CODES}
`;
