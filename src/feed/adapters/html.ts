/**
 * HTML in source payloads → plain text, list items, decoded entities. The
 * parsing is a real HTML parser's, never regular expressions, and the parser
 * is a parameter (as the XML parser is, see `xml.ts`): in a browser the
 * platform's `DOMParser` (the default), in Node the CLI's parse5-based one
 * (`src/cli/html.ts`). Both build the tree the HTML standard prescribes, so
 * the helpers give the same answers on both sides.
 *
 * Parsing is inert: `DOMParser` documents have no browsing context, so
 * nothing in them runs or loads. The trees are walked with an explicit
 * stack, never recursion, so deeply nested markup cannot overflow it.
 */
import { cleanText } from './common.js';

/**
 * The node members the walkers read. Browser DOM nodes have them, so a
 * `Document` from `DOMParser` is an `HtmlNode` as it is.
 */
export interface HtmlNode {
  /** `#text`, `#comment`, `#document`, or an element's tag name (any case). */
  readonly nodeName: string;
  /** The data of a text or comment node; `null` for elements and documents. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

/**
 * Parses a whole HTML document, as `DOMParser#parseFromString(html,
 * 'text/html')` does (the browser's `DOMParser` is one). A `<template>`'s
 * content is not among its `childNodes`, as in the DOM.
 */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): HtmlNode;
}

/**
 * `parser`, else a new `DOMParser` where the platform has one. Node has
 * none: callers there must pass a parser (the CLI passes its parse5 one).
 */
function parserOf(parser: HtmlParser | undefined): HtmlParser {
  if (parser) return parser;
  const Platform = (globalThis as { DOMParser?: new () => HtmlParser }).DOMParser;
  if (typeof Platform !== 'function') {
    throw new TypeError(
      'No HTML parser: there is no global DOMParser here (Node?), so pass one in the adapter options ("html"), e.g. the careers-feed CLI\'s parse5-based parser',
    );
  }
  return new Platform();
}

/**
 * `html` parsed as the body of a standards-mode document. The prefix keeps
 * the fragment's leading whitespace and text in `<body>` (a bare document
 * would drop leading whitespace and move `<title>`/`<style>` into `<head>`),
 * the same way in every parser.
 */
function parseFragment(html: string, parser: HtmlParser | undefined): HtmlNode {
  return parserOf(parser).parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
}

/** Elements whose content is never shown as text (raw text, or inert). */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes']);

/** Elements that separate words: their text never runs into a neighbour's. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

/** A node to visit, with the list item its text belongs to (-1: none). */
interface Visit {
  readonly node: HtmlNode;
  readonly item: number;
}

/** The end of a block element: a word break in `item`'s text. */
interface BlockEnd {
  readonly endOf: number;
}

interface Collected {
  /** Text outside every `<li>` (all text when items are not split). */
  readonly rest: string;
  /** The own text of each `<li>`, in document order of their start tags. */
  readonly items: readonly string[];
}

/**
 * The visible text under `root`, in document order: text nodes only
 * (comments and hidden elements skipped). With `breaks`, block elements add a
 * space before and after their text. With `splitItems`, the text inside an
 * `<li>` goes to that item, except the text of `<li>`s nested in it, which
 * go to their own items; text outside every `<li>` goes to `rest`.
 */
function collectText(root: HtmlNode, breaks: boolean, splitItems: boolean): Collected {
  const rest: string[] = [];
  const items: string[][] = [];
  const out = (item: number): string[] => (item < 0 ? rest : items[item]!);
  const stack: Array<Visit | BlockEnd> = [{ node: root, item: -1 }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('endOf' in step) {
      out(step.endOf).push(' ');
      continue;
    }
    const { node } = step;
    const name = node.nodeName.toLowerCase();
    if (name === '#text') {
      out(step.item).push(node.nodeValue ?? '');
      continue;
    }
    if (name === '#comment' || HIDDEN.has(name)) continue;
    const item = splitItems && name === 'li' ? items.push([]) - 1 : step.item;
    if (breaks && BLOCKS.has(name)) {
      out(item).push(' ');
      stack.push({ endOf: item });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, item });
    }
  }
  return { rest: rest.join(''), items: items.map((parts) => parts.join('')) };
}

/**
 * Decodes the character references of `text` ("&lt;p&gt;" → "<p>",
 * "&eacute;" and "&#233;" → "é"), each once ("&amp;lt;" → "&lt;"), as an
 * HTML parser reads text: meant for text without markup, such as
 * entity-escaped HTML. Markup in it is dropped (its text is kept).
 * Whitespace is kept; the parser turns CR LF into LF and drops NUL.
 */
export function decodeEntities(text: string, parser?: HtmlParser): string {
  // Text without markup needs only the tokenizer: an inert, reused
  // `<template>` reads it three times faster than a new document (an ATS
  // feed decodes one description per posting), with the same answer:
  // character references, CR LF and NUL are read as in a document's body.
  if (!parser && !text.includes('<') && typeof document !== 'undefined') {
    const template = (entityReader ??= document.createElement('template'));
    template.innerHTML = text;
    return template.content.textContent ?? '';
  }
  return collectText(parseFragment(text, parser), false, false).rest;
}

let entityReader: HTMLTemplateElement | undefined;

/**
 * Plain text from an HTML fragment: comments, `<script>`, `<style>`,
 * `<template>`, `<noscript>` (and other raw-text containers) are left out,
 * block elements and `<br>` separate words, other tags vanish, entities are
 * decoded and whitespace is collapsed. `undefined` for non-strings and for
 * fragments without text.
 */
export function htmlToText(html: unknown, parser?: HtmlParser): string | undefined {
  if (typeof html !== 'string') return undefined;
  return cleanText(collectText(parseFragment(html, parser), true, false).rest);
}

/**
 * The text of each `<li>` in an HTML list fragment, in document order, each
 * as `htmlToText` would give it. A nested list yields its items after the
 * parent's own text (which leaves the nested items out). Empty items are
 * dropped. A fragment with no `<li>` but some text gives that text as one
 * item; text outside the `<li>`s of a fragment that has some is ignored.
 * Unclosed `<li>`s end where the HTML parser ends them (at the next `<li>`
 * of the same list).
 */
export function htmlListItems(html: unknown, parser?: HtmlParser): string[] {
  if (typeof html !== 'string') return [];
  const { rest, items } = collectText(parseFragment(html, parser), true, true);
  if (items.length === 0) {
    const text = cleanText(rest);
    return text ? [text] : [];
  }
  return items.map(cleanText).filter((item): item is string => item !== undefined);
}
