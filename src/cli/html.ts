/**
 * The CLI's HTML parser: parse5 (the HTML standard's parsing algorithm, as
 * browsers implement it), its tree converted to the DOM shape the adapters'
 * HTML helpers read (`HtmlNode`: `nodeName`, `nodeValue`, `childNodes`), so
 * Node gets the answers a browser's `DOMParser` gives. Only the CLI imports
 * this module; the browser bundle never contains parse5.
 */
import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterMap } from 'parse5';
import type { HtmlNode, HtmlParser } from '../feed/adapters/html.js';

type Parse5Node = DefaultTreeAdapterMap['node'];

/** An `HtmlNode` under construction. */
interface Built {
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: Built[];
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * One parse5 node as the DOM presents it: text and comments carry their data
 * in `nodeValue`; HTML elements are named in upper case (as in an HTML
 * document), foreign (SVG, MathML) elements as written; a doctype by its
 * name; documents `#document`.
 */
function shell(node: Parse5Node): Built {
  if (tree.isTextNode(node)) return { nodeName: '#text', nodeValue: tree.getTextNodeContent(node), childNodes: [] };
  if (tree.isCommentNode(node)) return { nodeName: '#comment', nodeValue: tree.getCommentNodeContent(node), childNodes: [] };
  if (tree.isDocumentTypeNode(node)) return { nodeName: tree.getDocumentTypeNodeName(node), nodeValue: null, childNodes: [] };
  if (tree.isElementNode(node)) {
    const name = tree.getTagName(node);
    const nodeName = tree.getNamespaceURI(node) === HTML_NAMESPACE ? name.toUpperCase() : name;
    return { nodeName, nodeValue: null, childNodes: [] };
  }
  return { nodeName: node.nodeName, nodeValue: null, childNodes: [] };
}

/**
 * The parse5 tree under `root` as `HtmlNode`s, built with an explicit stack
 * (no recursion: parse5 nests as deep as the markup does). A `<template>`'s
 * content stays out of its `childNodes`, as in the DOM.
 */
function convert(root: Parse5Node): HtmlNode {
  const top = shell(root);
  const stack: Array<[Parse5Node, Built]> = [[root, top]];
  while (stack.length > 0) {
    const [node, built] = stack.pop()!;
    if (!('childNodes' in node)) continue;
    for (const kid of node.childNodes) {
      const child = shell(kid);
      built.childNodes.push(child);
      stack.push([kid, child]);
    }
  }
  return top;
}

/**
 * An `HtmlParser` for Node: `parseFromString(html, 'text/html')` parses a
 * whole document with parse5, scripting disabled as in a `DOMParser`
 * document (so `<noscript>` content is markup, not raw text).
 */
export function htmlParser(): HtmlParser {
  return {
    parseFromString: (html: string) => convert(parse(html, { scriptingEnabled: false })),
  };
}
