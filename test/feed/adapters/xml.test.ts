import { expect } from '@open-wc/testing';
import { child, children, childText, parseXml, xmlToNode, type XmlDomNode } from '../../../src/feed/adapters/xml.js';
import type { FeedError } from '../../../src/feed/errors.js';
import { expectFeedError, fixtureText, xmlFromText as parse } from './support.js';

const expectParseError = (fn: () => unknown): FeedError => expectFeedError(fn, 'parse');

describe('parseXml', () => {
  it('builds the element tree: local names, attributes, child elements, direct text', () => {
    const root = parse(
      '<?xml version="1.0"?><jobs xmlns:x="urn:x" version="2"><x:job id="7" x:kind="a">Hi <b>there</b> you</x:job><!-- note --><empty/></jobs>',
    );
    expect(root).to.deep.equal({
      name: 'jobs',
      attributes: { 'xmlns:x': 'urn:x', version: '2' },
      text: '',
      children: [
        {
          name: 'job',
          attributes: { id: '7', 'x:kind': 'a' },
          text: 'Hi  you',
          children: [{ name: 'b', attributes: {}, text: 'there', children: [] }],
        },
        { name: 'empty', attributes: {}, text: '', children: [] },
      ],
    });
  });

  it('keeps CDATA as raw text next to decoded character data, untrimmed', () => {
    const root = parse('<value>\n  <![CDATA[<p>R&amp;D &nbsp;</p>]]> &amp; more\n</value>');
    expect(root.text).to.equal('\n  <p>R&amp;D &nbsp;</p> & more\n');
    expect(root.children).to.deep.equal([]);
  });

  it('reads the Personio fixture, entities decoded and CDATA kept', async () => {
    const text = await fixtureText('personio-de.xml');
    const root = parse(text);
    expect(root.name).to.equal('workzag-jobs');
    const positions = children(root, 'position');
    expect(positions.map((p) => childText(p, 'id'))).to.deep.equal(['1520001', '1520002', '1520003', '1520004', '1520005']);
    const blocks = children(child(positions[0], 'jobDescriptions'), 'jobDescription');
    expect(blocks.map((b) => childText(b, 'name'))).to.deep.equal(['Deine Aufgaben', 'Dein Profil', 'Benefits & Extras']);
    expect(childText(blocks[1], 'value')).to.equal(
      '<p>Mehrere Jahre Erfahrung mit verteilten Systemen &amp; PostgreSQL.</p>',
    );
    expect(childText(positions[4], 'name')).to.equal('Praktikum People & Culture');
  });

  it('treats a <parsererror> element of the document itself as content', () => {
    const root = parse('<log><parsererror>disk full</parsererror></log>');
    expect(childText(root, 'parsererror')).to.equal('disk full');
  });

  it('throws a parse FeedError for malformed XML (browser DOMParser)', () => {
    for (const text of ['<a><b></a>', '', 'not xml at all', '<a></a><b/>', '<a x="1" x="2"/>', '<a>&undefined;</a>', '{"offers": []}']) {
      const error = expectParseError(() => parse(text));
      expect(error.message, text).to.match(/^The XML is not well-formed: \S/);
    }
  });

  it('reports a parser that throws (xmldom) as a parse FeedError with its message', () => {
    const parser = {
      parseFromString(): never {
        throw new Error('Opening and ending tag mismatch: "b" != "a"');
      },
    };
    const error = expectParseError(() => parseXml('<a><b></a>', parser));
    expect(error.message).to.equal('The XML is not well-formed: Opening and ending tag mismatch: "b" != "a"');
  });

  it('reports a document without a root element, or no document, as a parse FeedError', () => {
    expectParseError(() => parseXml('', { parseFromString: () => ({ documentElement: null }) }));
    expectParseError(() => parseXml('', { parseFromString: () => undefined }));
    expectParseError(() => parseXml('', { parseFromString: () => 'text' }));
  });

  it('finds a Firefox-style <parsererror> root', () => {
    const doc = new DOMParser().parseFromString(
      '<parsererror xmlns="http://www.mozilla.org/newlayout/xml/parsererror.xml">XML Parsing Error: mismatched tag<sourcetext>&lt;/a&gt;</sourcetext></parsererror>',
      'application/xml',
    );
    const error = expectParseError(() => parseXml('ignored', { parseFromString: () => doc }));
    expect(error.message).to.equal('The XML is not well-formed: XML Parsing Error: mismatched tag</a>');
  });
});

describe('xmlToNode', () => {
  /** A minimal DOM-like node, as xmldom or any other DOM Level 1 implementation gives. */
  const element = (nodeName: string, childNodes: XmlDomNode[] = [], attributes: { name: string; value: string }[] = []): XmlDomNode => ({
    nodeType: 1,
    nodeName,
    nodeValue: null,
    childNodes,
    attributes,
  });
  const text = (value: string, nodeType = 3): XmlDomNode => ({ nodeType, nodeName: '#text', nodeValue: value, childNodes: [] });

  it('works on any DOM-like element: nodeName prefixes dropped, CDATA (4) kept, comments (8) dropped', () => {
    const node = xmlToNode(
      element('p:root', [text('a'), text('<b>', 4), text('ignored', 8), element('leaf', [text('x')], [{ name: 'k', value: 'v' }])]),
    );
    expect(node).to.deep.equal({
      name: 'root',
      attributes: {},
      text: 'a<b>',
      children: [{ name: 'leaf', attributes: { k: 'v' }, text: 'x', children: [] }],
    });
  });

  it('converts the browser Element of a parsed document', () => {
    const doc = new DOMParser().parseFromString('<r><i n="1"/><i n="2"/></r>', 'application/xml');
    const node = xmlToNode(doc.documentElement);
    expect(children(node, 'i').map((i) => i.attributes['n'])).to.deep.equal(['1', '2']);
  });

  it('handles very deep trees without recursion', () => {
    let leaf = element('leaf', [text('bottom')]);
    for (let i = 0; i < 20000; i++) leaf = element('n', [leaf]);
    let node = xmlToNode(leaf);
    let depth = 0;
    while (node.children.length > 0) {
      node = node.children[0]!;
      depth += 1;
    }
    expect([depth, node.name, node.text]).to.deep.equal([20000, 'leaf', 'bottom']);
  });
});

describe('children / child / childText', () => {
  const tree = parse('<p><id> 42 </id><id>43</id><blank>   </blank><office>A</office><office>B</office></p>');

  it('childText trims the first match and gives undefined for missing or blank elements', () => {
    expect(childText(tree, 'id')).to.equal('42');
    expect(childText(tree, 'blank')).to.equal(undefined);
    expect(childText(tree, 'nope')).to.equal(undefined);
    expect(childText(undefined, 'id')).to.equal(undefined);
  });

  it('children lists every match in order; child the first', () => {
    expect(children(tree, 'office').map((o) => o.text)).to.deep.equal(['A', 'B']);
    expect(children(tree, 'nope')).to.deep.equal([]);
    expect(children(undefined, 'office')).to.deep.equal([]);
    expect(child(tree, 'id')?.text).to.equal(' 42 ');
  });
});
