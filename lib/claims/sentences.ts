/**
 * Splits article text into sentences with their offsets. A period ends a sentence only when
 * whitespace and a capital, quote or digit follow and the word before it is not an
 * abbreviation ("U.S.", "Inc.", "Jan."); a line break always ends one (paragraphs, list items).
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(['U.S', 'U.K', 'Inc', 'Corp', 'Co', 'Ltd', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'vs', 'No', 'approx', 'e.g', 'i.e']);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end;
  };
  const re = /\n|[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '\n') {
      push(m.index + 1);
      continue;
    }
    if (m[0][0] === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word) || /^[A-Z]$/.test(word) || /^(?:[A-Z]\.)+[A-Z]$/.test(word)) continue;
    }
    push(m.index + m[0].length);
  }
  push(text.length);
  return out;
}
