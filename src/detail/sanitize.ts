/**
 * Job descriptions come from ATS feeds as HTML that nobody here wrote. This
 * module turns that HTML into something safe to show and to publish: a small
 * allowlist enforced by DOMPurify (never a hand-written sanitizer), links that
 * can only navigate to http:, https: or mailto:, and headings moved below the
 * detail view's own heading.
 *
 * Decisions:
 * - Elements: text formatting (p br b strong i em u s small sub sup mark code
 *   pre blockquote span div), lists (ul ol li dl dt dd), headings h1–h6, a, hr
 *   and tables (table caption thead tbody tfoot tr th td, without colspan or
 *   other attributes). No images, media, forms, frames, scripts, styles, SVG
 *   or MathML: they are dropped, their text kept, except where the content is
 *   not text to begin with (script, style, template, svg, math, iframe,
 *   noscript, title…), which goes with the element.
 * - Attributes: `href` on `a` only; `lang` on any element when it has the
 *   shape of a language tag; `dir` on any element when it is `ltr`, `rtl` or
 *   `auto`. Nothing else.
 * - Links: `href` must start with http:, https: or mailto: (after removing
 *   whitespace and control characters, as browsers do) and must parse as an
 *   absolute URL with one of those schemes; relative URLs are dropped too (they
 *   would resolve against the host page). DOMPurify checks the first, a hook
 *   the second with the browser's own URL parser: two independent checks. An `a` left without `href` is
 *   unwrapped: its content stays, as text. Every kept link gets
 *   `rel="noopener noreferrer"`; http(s) links also get `target="_blank"` so
 *   that an application link does not navigate away from the host page,
 *   mailto: links do not (a new tab would stay blank while the mail client
 *   opens).
 * - Headings: the smallest level present becomes `headingLevel + 1`, the
 *   others keep their distance to it, capped at h6.
 * - Trusted Types: DOMPurify parses the input in an inert document, which is
 *   a Trusted Types sink. When the browser has Trusted Types, this module
 *   creates one policy, {@link TRUSTED_TYPES_POLICY}, on first use and hands it
 *   to DOMPurify, so that DOMPurify creates no policy of its own. The policy
 *   passes strings through, is private to this module and refuses to work
 *   outside a call into this module; it only ever feeds inert parsing. When
 *   the page's CSP refuses the name, descriptions are shown as plain text and
 *   the console says once which name to allow. Where that page also enforces
 *   Trusted Types (`require-trusted-types-for 'script'`), no HTML parser takes
 *   a plain string, not even DOMParser, so the text is then cut out of the
 *   markup without parsing (see `textOfMarkup`); it is only ever shown as text.
 * - The Sanitizer API (`Element.prototype.setHTML`) is not used: its output is
 *   not DOMPurify's (different defaults, different handling of links and
 *   unknown elements), and one sanitizer is easier to reason about than two.
 *
 * The module is imported from the lazily loaded detail view only, so it
 * imports DOMPurify statically. Each window gets its own DOMPurify instance
 * ({@link sanitizerFor}): the configuration and hooks here never reach a copy
 * of DOMPurify the host page uses.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/** Name of the Trusted Types policy the widget creates for sanitized HTML; hosts with `trusted-types` CSP directives must allow it (and 'lit-html'). */
export const TRUSTED_TYPES_POLICY = 'careers-widget';

export interface SanitizeOptions {
  /** Level of the detail view's own heading (2..6): headings in the description are re-levelled below it, keeping their relative order, never above 6. */
  readonly headingLevel: number;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const ALLOWED_TAGS = [
  // text
  'p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark', 'code', 'pre', 'blockquote', 'span', 'div', 'hr',
  // lists
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  ...HEADINGS,
  'a',
  // tables
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** Link schemes that survive, checked by DOMPurify on the whitespace-free value. */
const LINK_SCHEMES = /^(?:https?|mailto):/i;
const DIRECTIONS = /^(?:ltr|rtl|auto)$/i;
/** A language tag's shape (`de`, `pt-BR`, `zh-Hant-TW`), or empty for "unknown". */
const LANGUAGE = /^(?:[a-z]{1,8}(?:-[a-z\d]{1,8})*)?$/i;

type TrustedTypesPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
interface PolicyFactory {
  createPolicy(
    name: string,
    rules: { createHTML(input: string): string; createScript(input: string): string; createScriptURL(input: string): string },
  ): TrustedTypesPolicy;
}

/** How deep the current call into this module is; the policy works only inside one. */
let depth = 0;
const inside = <T>(work: () => T): T => {
  depth += 1;
  try {
    return work();
  } finally {
    depth -= 1;
  }
};
const passThrough = (input: string): string => {
  if (depth === 0) throw new TypeError(`The "${TRUSTED_TYPES_POLICY}" Trusted Types policy only serves the careers widget's sanitizer.`);
  return input;
};

/** What one window's sanitizer offers; the module's functions use the page's. */
export interface Sanitizer {
  sanitizeDescription(html: string, options: SanitizeOptions): DocumentFragment;
  sanitizedHtml(html: string, options: SanitizeOptions): string;
  plainText(html: string): string;
  /**
   * The text for a JSON-LD `<script>` element (a Trusted Types sink even for
   * JSON): a TrustedScript from the same policy where the page has Trusted
   * Types, else the string itself; `undefined` where the page refused the
   * policy. Only for JSON made by `serializeJsonLd`, which escapes every `<`.
   */
  jsonLdText(json: string): unknown;
}

const sanitizers = new WeakMap<Window, Sanitizer>();

/**
 * The sanitizer of one window (`window` for the functions below): its own
 * DOMPurify instance and its Trusted Types policy, created on first use and
 * only once per window, as a page with a `trusted-types` directive requires.
 */
export function sanitizerFor(win: Window & typeof globalThis): Sanitizer {
  let sanitizer = sanitizers.get(win);
  if (!sanitizer) sanitizers.set(win, (sanitizer = createSanitizer(win)));
  return sanitizer;
}

/** Sanitized description as a DocumentFragment ready to insert (no innerHTML by the caller). */
export function sanitizeDescription(html: string, options: SanitizeOptions): DocumentFragment {
  return sanitizerFor(window).sanitizeDescription(html, options);
}

/** The same, serialized (for JSON-LD `description`): the sanitized HTML string. */
export function sanitizedHtml(html: string, options: SanitizeOptions): string {
  return sanitizerFor(window).sanitizedHtml(html, options);
}

/**
 * Text only, for fallbacks: the HTML parsed inertly (DOMParser: no scripts
 * run, nothing loads), its text content without scripts and styles, one line
 * per block, whitespace collapsed. Never markup: show it as text.
 */
export function plainText(html: string): string {
  return sanitizerFor(window).plainText(html);
}

function createSanitizer(win: Window & typeof globalThis): Sanitizer {
  /** `undefined`: not asked yet; `null`: no Trusted Types here; `false`: the page refused the name. */
  let policy: TrustedTypesPolicy | null | false | undefined;
  let purify: Purifier | undefined;
  /** Set once DOMParser refused a string: each refusal is a CSP violation (and report). */
  let parserRefused = false;

  function trustedTypesPolicy(): TrustedTypesPolicy | null | false {
    if (policy !== undefined) return policy;
    const factory = (win as { trustedTypes?: PolicyFactory }).trustedTypes;
    if (!factory) return (policy = null);
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createHTML: passThrough,
        createScript: passThrough,
        createScriptURL: passThrough,
      });
    } catch (error) {
      policy = false;
      console.error(
        `careers-widget: this page's Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}", ` +
          `so job descriptions are shown as plain text. Add ${TRUSTED_TYPES_POLICY} to the trusted-types directive (next to lit-html).`,
        error,
      );
    }
    return policy;
  }

  function purifier(): Purifier {
    if (purify) return purify;
    purify = DOMPurify(win);
    purify.addHook('uponSanitizeAttribute', (element, attribute) => {
      if (attribute.attrName === 'href' && element.localName !== 'a') attribute.keepAttr = false;
      if (attribute.attrName === 'dir' && !DIRECTIONS.test(attribute.attrValue)) attribute.keepAttr = false;
      if (attribute.attrName === 'lang' && !LANGUAGE.test(attribute.attrValue)) attribute.keepAttr = false;
    });
    purify.addHook('afterSanitizeAttributes', (element) => {
      if (element.localName !== 'a' || !element.hasAttribute('href')) return;
      const scheme = schemeOf(element.getAttribute('href')!);
      if (scheme === undefined) {
        element.removeAttribute('href');
        return;
      }
      element.setAttribute('rel', 'noopener noreferrer');
      if (scheme !== 'mailto:') element.setAttribute('target', '_blank');
    });
    return purify;
  }

  function sanitizeDescription(html: string, options: SanitizeOptions): DocumentFragment {
    const headingLevel = checkedLevel(options.headingLevel);
    const ttPolicy = trustedTypesPolicy();
    if (ttPolicy === false) return textFragment(plainText(html));
    const purify = purifier();
    // DOMPurify returns its input unchanged where it cannot work (no usable DOM).
    if (!purify.isSupported) return textFragment(plainText(html));
    const sanitized = inside(() =>
      purify.sanitize(html, {
        ALLOWED_TAGS,
        ALLOWED_ATTR: ['href', 'lang', 'dir'],
        // DOMPurify checks every allowed attribute against the URI pattern
        // unless it is "URI-safe"; lang and dir are plain words.
        ADD_URI_SAFE_ATTR: ['lang', 'dir'],
        ALLOWED_URI_REGEXP: LINK_SCHEMES,
        ALLOW_DATA_ATTR: false,
        ALLOW_ARIA_ATTR: false,
        ALLOW_UNKNOWN_PROTOCOLS: false,
        KEEP_CONTENT: true,
        RETURN_DOM_FRAGMENT: true,
        TRUSTED_TYPES_POLICY: ttPolicy,
      }),
    );
    // null when the markup parses into a document without a body (<frameset>).
    const fragment = sanitized ?? win.document.createDocumentFragment();
    unwrapDeadLinks(fragment);
    relevelHeadings(fragment, headingLevel);
    return fragment;
  }

  function sanitizedHtml(html: string, options: SanitizeOptions): string {
    const fragment = sanitizeDescription(html, options);
    const box = fragment.ownerDocument.createElement('div');
    box.append(fragment);
    return box.innerHTML;
  }

  /** Text as a fragment, a `<br>` for each line break: what is shown when sanitizing is not possible. */
  function textFragment(text: string): DocumentFragment {
    const fragment = win.document.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(win.document.createElement('br'));
      fragment.append(line);
    });
    return fragment;
  }

  function plainText(html: string): string {
    const body = inertBody(html);
    if (!body) return tidy(textOfMarkup(html));
    for (const element of body.querySelectorAll(NOT_TEXT.join(','))) element.remove();
    for (const element of body.querySelectorAll(BLOCKS.join(','))) {
      element.before('\n');
      element.after('\n');
    }
    return tidy(body.textContent ?? '');
  }

  function inertBody(html: string): HTMLElement | null {
    const ttPolicy = trustedTypesPolicy();
    if (parserRefused) return null;
    try {
      return inside(() => {
        const input = ttPolicy ? (ttPolicy.createHTML(html) as unknown as string) : html;
        return new win.DOMParser().parseFromString(input, 'text/html').body;
      });
    } catch {
      // The page enforces Trusted Types and refused our policy: no parser
      // takes a plain string there.
      parserRefused = true;
      return null;
    }
  }

  function jsonLdText(json: string): unknown {
    const ttPolicy = trustedTypesPolicy();
    if (ttPolicy === false) return undefined;
    return ttPolicy ? inside(() => ttPolicy.createScript(json)) : json;
  }

  return { sanitizeDescription, sanitizedHtml, plainText, jsonLdText };
}

/** The scheme the browser's own URL parser reads, when it is one a link may have. */
function schemeOf(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.protocol : undefined;
}

function checkedLevel(level: number): number {
  if (!Number.isInteger(level) || level < 2 || level > 6) {
    throw new RangeError(`headingLevel must be an integer from 2 to 6, not ${String(level)}.`);
  }
  return level;
}

function unwrapDeadLinks(fragment: DocumentFragment): void {
  for (const link of fragment.querySelectorAll('a:not([href])')) link.replaceWith(...link.childNodes);
}

function relevelHeadings(fragment: DocumentFragment, headingLevel: number): void {
  const headings = [...fragment.querySelectorAll(HEADINGS.join(','))];
  if (headings.length === 0) return;
  const levelOf = (heading: Element) => Number(heading.localName.slice(1));
  const top = headings.reduce((least, heading) => Math.min(least, levelOf(heading)), 6);
  const shift = headingLevel + 1 - top;
  for (const heading of headings) {
    const level = Math.min(6, levelOf(heading) + shift);
    if (level === levelOf(heading)) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const { name, value } of heading.attributes) replacement.setAttribute(name, value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

/** Content that is not text to read: dropped by {@link plainText}. */
const NOT_TEXT = ['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'title'];
/** Elements that start a new line in {@link plainText}. */
const BLOCKS = [
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', ...HEADINGS,
];

/**
 * Last resort of {@link plainText}, for a page that enforces Trusted Types
 * but refused our policy, where no HTML parser may be used: tags and
 * comments cut out, common character references decoded. The result is only
 * ever used as text, so an imperfect cut cannot create markup.
 */
function textOfMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|noscript|title|iframe|noembed|noframes)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(new RegExp(`</?(?:${BLOCKS.join('|')})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<[a-z/!?][^>]*>/gi, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));?/gi, (reference, decimal?: string, hex?: string, name?: string) => {
      if (name) return NAMED.get(name.toLowerCase()) ?? reference;
      const code = decimal ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    });
}
const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** One line per non-blank line of text, inner whitespace collapsed. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
