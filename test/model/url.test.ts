import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeHref } from '../../src/model/url.js';

/** How the browser itself reads the URL: an independent oracle. */
function browserProtocol(url: string): string {
  const a = document.createElement('a');
  a.href = url;
  return a.protocol;
}

describe('safeHref', () => {
  it('keeps http, https and mailto URLs unchanged', () => {
    expect(safeHref('https://jobs.example/1?x=1#y')).to.equal('https://jobs.example/1?x=1#y');
    expect(safeHref('http://jobs.example')).to.equal('http://jobs.example');
    expect(safeHref('HTTPS://JOBS.EXAMPLE/A')).to.equal('HTTPS://JOBS.EXAMPLE/A');
    expect(safeHref('mailto:jobs@example.com')).to.equal('mailto:jobs@example.com');
  });

  it('refuses script and other schemes, however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://files.example/x',
      'file:///etc/passwd',
      'blob:https://jobs.example/1',
    ]) {
      expect(safeHref(url), url).to.equal(undefined);
    }
  });

  it('refuses relative, empty and missing URLs', () => {
    expect(safeHref('/jobs/1')).to.equal(undefined);
    expect(safeHref('jobs.example/1')).to.equal(undefined);
    expect(safeHref('//jobs.example/1')).to.equal(undefined);
    expect(safeHref('')).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });

  it('returns only the input itself, and only when the browser reads it as http(s) or mailto', () => {
    const schemes = fc.constantFrom('http:', 'https:', 'mailto:', 'javascript:', 'JAVASCRIPT:', 'data:', ' java\tscript:', 'ftp:', '');
    const url = fc.oneof(fc.string(), fc.tuple(schemes, fc.constantFrom('', '//'), fc.string()).map((p) => p.join('')));
    fc.assert(
      fc.property(url, (s) => {
        const out = safeHref(s);
        if (out === undefined) return;
        expect(out).to.equal(s);
        expect(['http:', 'https:', 'mailto:']).to.include(browserProtocol(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every absolute https URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }), (u) => {
        expect(safeHref(u)).to.equal(u);
      }),
    );
  });
});
