/**
 * XML → `XmlNode`: the one place that touches a DOM for XML sources
 * (Personio). The DOM parser is a parameter, so the same code runs with the
 * browser's `DOMParser` and with `@xmldom/xmldom` in Node; parsing is
 * always the platform's, never regular expressions.
 *
 * Only the DOM Level 1 members both implementations share are read:
 * `nodeType`, `localName`/`nodeName`, `namespaceURI`, `nodeValue`,
 * `childNodes`, `attributes`. The tree is walked without recursion, so a
 * deeply nested document cannot overflow the stack.
 */
import { FeedError } from '../errors.js';
import type { XmlNode } from './types.js';

// In its own module so format detection can tell XML apart without the parser.
export { isXmlNode } from './xml-node.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The attribute members read (browser `Attr`, xmldom `Attr`). */
interface AttrLike {
  readonly name: string;
  readonly value: string;
}

/** The node members read (browser `Node`, xmldom `Node`). */
export interface XmlDomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly localName?: string | null;
  readonly namespaceURI?: string | null;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<XmlDomNode>;
  readonly attributes?: ArrayLike<AttrLike> | null;
}

/** The document member read. */
interface XmlDomDocument {
  readonly documentElement: XmlDomNode | null;
}

/** Anything with `parseFromString` (browser `DOMParser`, xmldom `DOMParser`). */
export interface XmlDomParser {
  parseFromString(text: string, type: string): unknown;
}

/** Alias of `XmlDomParser`. */
export type XmlParserLike = XmlDomParser;

/** Parse-error markers: Chromium/WebKit use XHTML, Firefox its own namespace. */
const PARSER_ERROR_NAMESPACES = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
]);

function localNameOf(node: XmlDomNode): string {
  if (node.localName) return node.localName;
  const name = node.nodeName;
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Attributes by name, in a null-prototype object: a name such as `__proto__` or `constructor` is data like any other. */
function attributesOf(node: XmlDomNode): Record<string, string> {
  const result = Object.create(null) as Record<string, string>;
  const list = node.attributes;
  if (!list) return result;
  for (let i = 0; i < list.length; i++) {
    const attr = list[i];
    if (attr) result[attr.name] = attr.value;
  }
  return result;
}

interface Draft {
  name: string;
  attributes: Record<string, string>;
  children: Draft[];
  text: string;
}

function draftOf(node: XmlDomNode): Draft {
  return { name: localNameOf(node), attributes: attributesOf(node), children: [], text: '' };
}

/**
 * The plain `XmlNode` tree of a DOM element: each element's local name
 * (without namespace prefix), its attributes (by qualified name, so
 * `xml:lang` stays apart from `lang`), its child elements, and the text and
 * CDATA directly inside it, concatenated and untrimmed. Comments and
 * processing instructions are dropped.
 */
export function xmlToNode(root: XmlDomNode | Element): XmlNode {
  const start = root as XmlDomNode;
  const top = draftOf(start);
  const stack: Array<[XmlDomNode, Draft]> = [[start, top]];
  while (stack.length > 0) {
    const [node, draft] = stack.pop()!;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (!kid) continue;
      if (kid.nodeType === TEXT_NODE || kid.nodeType === CDATA_SECTION_NODE) {
        draft.text += kid.nodeValue ?? '';
      } else if (kid.nodeType === ELEMENT_NODE) {
        const element = draftOf(kid);
        draft.children.push(element);
        stack.push([kid, element]);
      }
    }
  }
  return top;
}

/** The text content of a DOM node (for parse-error messages). */
function textContent(node: XmlDomNode): string {
  let text = '';
  const stack: XmlDomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.nodeType === TEXT_NODE || current.nodeType === CDATA_SECTION_NODE) text += current.nodeValue ?? '';
    const kids = current.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return text;
}

/**
 * The `<parsererror>` element a browser's DOMParser puts into the document
 * of malformed XML (as the root in Firefox, inside it in Chromium), if any.
 * An element of that name outside those namespaces is ordinary content,
 * unless it is the root of the document.
 */
function findParserError(root: XmlDomNode): XmlDomNode | undefined {
  if (localNameOf(root) === 'parsererror') return root;
  const stack: XmlDomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (!kid || kid.nodeType !== ELEMENT_NODE) continue;
      if (localNameOf(kid) === 'parsererror' && PARSER_ERROR_NAMESPACES.has(kid.namespaceURI ?? '')) return kid;
      stack.push(kid);
    }
  }
  return undefined;
}

function isDocument(value: unknown): value is XmlDomDocument {
  return typeof value === 'object' && value !== null && 'documentElement' in value;
}

/** Error text without the browser's boilerplate, on one line, capped. */
function describe(raw: string): string {
  const text = raw
    .replace(/This page contains the following errors:/i, '')
    .replace(/Below is a rendering of the page up to the first error\.?/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return 'unknown error';
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Parses an XML document into an `XmlNode` tree (its root element). Throws
 * `FeedError('parse', …)` when the text is not well-formed: the browser's
 * DOMParser answers with a `<parsererror>` document, xmldom throws (with
 * `onErrorStopParsing`, also on recoverable errors); both are reported the
 * same way. A document without a root element is malformed too.
 */
export function parseXml(text: string, parser: XmlDomParser): XmlNode {
  let parsed: unknown;
  try {
    parsed = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedError('parse', `The XML is not well-formed: ${describe(message)}`);
  }
  const root = isDocument(parsed) ? parsed.documentElement : null;
  if (!root) throw new FeedError('parse', 'The XML is not well-formed: no root element');
  const error = findParserError(root);
  if (error) throw new FeedError('parse', `The XML is not well-formed: ${describe(textContent(error))}`);
  return xmlToNode(root);
}

/** The child elements of `node` named `name` (local name, case-sensitive). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The first child element of `node` named `name`, if any. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/**
 * The trimmed text of the first child element named `name`, or `undefined`
 * when there is no such element or its text is blank.
 */
export function childText(node: XmlNode | undefined, name: string): string | undefined {
  const text = child(node, name)?.text.trim();
  return text ? text : undefined;
}
