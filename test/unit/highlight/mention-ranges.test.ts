// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { scanDomLocated } from '../../../lib/detect/dom-scan';
import { acceptedEvidence, mentionRanges } from '../../../lib/highlight/mention-ranges';

// The global document: happy-dom's ranges misbehave in createHTMLDocument() documents.
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** A range's text (happy-dom's Range.toString is empty for text ranges). */
function text(r: Range): string {
  return r.startContainer === r.endContainer && r.startContainer.nodeType === 3 ? (r.startContainer as Text).data.slice(r.startOffset, r.endOffset) : (r.startContainer.textContent ?? '');
}

/** The marked text of each range, in the order returned. */
function marked(doc: Document, accepted: Array<[string, string[]]>): string[] {
  const located = scanDomLocated(doc, {});
  return mentionRanges(located, acceptedEvidence(accepted.map(([symbol, evidence]) => ({ symbol, evidence })))).map((m) => `${m.symbol}=${text(m.range)}`);
}

describe('mention ranges', () => {
  test('cashtags, exchange-qualified and parenthetical symbols in text', () => {
    const doc = page('<p>Shares of Zions (NASDAQ: ZION) rose while $KRE and Western Alliance (WAL) fell.</p>');
    expect(marked(doc, [['ZION', ['exchange-prefix']], ['KRE', ['cashtag']], ['WAL', ['parenthetical']]]).sort()).toEqual(['KRE=$KRE', 'WAL=WAL', 'ZION=ZION']);
  });

  test('every mention of an accepted symbol in a node, and none of a symbol the background refused', () => {
    const doc = page('<p>$ZION rose. Later $ZION fell, and $TSLA too.</p>');
    expect(marked(doc, [['ZION', ['cashtag']]])).toEqual(['ZION=$ZION', 'ZION=$ZION']);
  });

  test('only the accepted kind of evidence: a word ticker is marked as a cashtag, not as the word', () => {
    const doc = page('<p>We bought ALL of it, then $ALL rose.</p>');
    expect(marked(doc, [['ALL', ['cashtag']]])).toEqual(['ALL=$ALL']);
  });

  test('a quote link is marked as a whole; a symbol split into a link is found after the prefix', () => {
    const doc = page('<p>Banks led: <a href="/quote/ZION">Zions</a> and (NYSE: <a href="/x">WAL</a>) gained.</p>');
    const got = marked(doc, [['ZION', ['quote-link']], ['WAL', ['exchange-prefix']]]);
    expect(got).toContain('ZION=Zions');
    expect(got).toContain('WAL=WAL');
  });

  test('share classes as written in the text', () => {
    const doc = page('<p>Berkshire (NYSE: BRK/B) and $BRK.B were both quoted.</p>');
    expect(marked(doc, [['BRK.B', ['exchange-prefix', 'cashtag']]]).sort()).toEqual(['BRK.B=$BRK.B', 'BRK.B=BRK/B']);
  });

  test('company names and index names are not marked', () => {
    const doc = page('<p>The Russell 2000 rose as Bank of America gained.</p>');
    const located = scanDomLocated(doc, { names: true });
    expect(located.some((l) => l.candidate.evidence === 'name')).toBe(true);
    expect(mentionRanges(located, acceptedEvidence([{ symbol: '?', evidence: ['name'] }, { symbol: 'RUT', evidence: ['index'] }]))).toEqual([]);
  });

  test('nothing accepted, nothing marked; the page is not modified', () => {
    const doc = page('<p>Shares of $ZION and (NASDAQ: WAL).</p>');
    const before = doc.body.innerHTML;
    expect(marked(doc, [])).toEqual([]);
    marked(doc, [['ZION', ['cashtag']], ['WAL', ['exchange-prefix']]]);
    expect(doc.body.innerHTML).toBe(before);
  });
});
