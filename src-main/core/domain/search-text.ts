// Search text rules: how Vietnamese is folded for matching, how a user's query becomes an FTS5
// MATCH expression, and where the matches are in the original text (for highlighting).
//
// The index uses FTS5's `unicode61 remove_diacritics 2`, which strips tones and vowel marks
// (ễ → e) but leaves đ alone: đ is a letter of its own, not d with an accent. So both the indexed
// text and the query fold đ/Đ to d/D first (`foldDd`); the tokenizer does the rest. One code unit
// for one, so offsets in the folded text are offsets in the original.

/** đ → d, Đ → D; nothing else changes (same length, same offsets). The SQL triggers do the same with replace(). */
export function foldDd(text: string): string {
  return text.replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

function foldSlow(text: string): string {
  // Plain toLowerCase: Vietnamese has no locale-specific case rules.
  return foldDd(text.normalize('NFD').replace(/\p{M}+/gu, '')).toLowerCase();
}

// The fold of every Latin letter up to U+1EFF (all of Vietnamese), computed once: ranking folds
// every word of up to a thousand texts per query, and normalize() per character is far slower.
let latinFolds: string[] | null = null;
function latinFold(code: number): string {
  if (!latinFolds) {
    latinFolds = [];
    for (let c = 0; c <= 0x1eff; c++) latinFolds.push(foldSlow(String.fromCharCode(c)));
  }
  return latinFolds[code];
}

/** Full fold for comparing words in JS the way the index does: no marks, đ → d, lower case. */
export function foldWord(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code <= 0x1eff) out += latinFold(code);
    else return foldSlow(nfc);
  }
  return out;
}

// A token is what unicode61 calls one: letters, digits and combining marks; anything else separates.
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

export interface QueryTerm {
  /** Folded words; more than one means a phrase ("..." in the query). */
  words: string[];
  /** Match words that start with the last word (the one the user is still typing). */
  prefix: boolean;
}

/** The terms of a user's query: quoted stretches are phrases, everything else single words. */
export function parseQuery(input: string): QueryTerm[] {
  const text = input.normalize('NFC');
  const terms: QueryTerm[] = [];
  const parts = text.split('"');
  parts.forEach((part, i) => {
    const words = (part.match(TOKEN) ?? []).map(foldWord);
    if (words.length === 0) return;
    // Odd-numbered parts sit between quotes (an unclosed quote runs to the end).
    if (i % 2 === 1) terms.push({ words, prefix: false });
    else for (const word of words) terms.push({ words: [word], prefix: false });
  });
  // Prefix on the last word, unless the query ends inside or right after a quoted phrase or with a
  // space, and only from two letters on (a one-letter prefix matches half the index).
  const last = terms[terms.length - 1];
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(text) && (parts.length - 1) % 2 === 0 && !text.endsWith('"');
  if (last && last.words.length === 1 && endsInWord && [...last.words[0]].length >= 2) last.prefix = true;
  return terms;
}

/**
 * The FTS5 MATCH expression over the text column: every term double-quoted (so no user text is
 * ever FTS syntax), terms joined by AND (FTS5's implicit operator), `*` after a prefix term. null
 * when the query has no word at all (empty, or only punctuation).
 */
export function buildMatchExpression(terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  return `body : (${terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`).join(' ')})`;
}

/** The folded words of a text, in order (the same tokens the index holds); folded as one string, not word by word. */
export function foldedTokens(text: string): string[] {
  return foldWord(text).match(TOKEN) ?? [];
}

/** How often a term occurs in a token list (a phrase: its words in sequence; a prefix term: words starting with it). */
export function termFrequency(tokens: readonly string[], term: QueryTerm): number {
  const n = term.words.length;
  let count = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = term.prefix && k === n - 1 ? tokens[i + k].startsWith(term.words[k]) : tokens[i + k] === term.words[k];
    if (ok) count++;
  }
  return count;
}

export interface RankInput {
  id: number;
  text: string;
}

/**
 * Okapi BM25 (k1 = 1.2, b = 0.75, as FTS5's bm25()) of each candidate for the terms, best first,
 * newer (higher id) first among equals. `documentCount(term)` is how many texts of the whole index
 * hold the term and `total` how many texts there are, so rare words weigh more than common ones.
 */
export function rankBm25<T extends RankInput>(candidates: readonly T[], terms: readonly QueryTerm[], documentCount: (term: QueryTerm) => number, total: number): T[] {
  const k1 = 1.2;
  const b = 0.75;
  const tokenized = candidates.map((c) => ({ c, tokens: foldedTokens(c.text) }));
  const avgdl = tokenized.reduce((sum, t) => sum + t.tokens.length, 0) / Math.max(1, tokenized.length) || 1;
  const idf = terms.map((term) => {
    const df = Math.min(Math.max(documentCount(term), 0), total);
    return Math.max(1e-6, Math.log((total - df + 0.5) / (df + 0.5) + 1));
  });
  return tokenized
    .map(({ c, tokens }) => {
      let score = 0;
      terms.forEach((term, i) => {
        const tf = termFrequency(tokens, term);
        score += idf[i] * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * tokens.length) / avgdl)));
      });
      return { c, score };
    })
    .sort((x, y) => y.score - x.score || y.c.id - x.c.id)
    .map((x) => x.c);
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where the query's words occur in the original text (UTF-16 offsets), for <mark>. Phrases mark each of their words where they occur in sequence. */
export function matchRanges(text: string, terms: readonly QueryTerm[]): TextRange[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
  const marked = new Array<boolean>(tokens.length).fill(false);
  for (const term of terms) {
    const n = term.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const token = tokens[i + k].folded;
        const word = term.words[k];
        ok = term.prefix && k === n - 1 ? token.startsWith(word) : token === word;
      }
      if (ok) for (let k = 0; k < n; k++) marked[i + k] = true;
    }
  }
  const ranges: TextRange[] = [];
  tokens.forEach((t, i) => {
    if (!marked[i]) return;
    const previous = ranges[ranges.length - 1];
    // Adjacent marked words separated only by spaces become one range ("Nguyễn Văn").
    if (previous && /^\s+$/u.test(text.slice(previous.end, t.start)) && marked[i - 1]) previous.end = t.end;
    else ranges.push({ start: t.start, end: t.end });
  });
  return ranges;
}

export interface Snippet {
  text: string;
  ranges: TextRange[];
  /** Text was cut before / after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** A window of about `size` characters of the original text around the first match, cut at word boundaries. */
export function makeSnippet(text: string, ranges: readonly TextRange[], size = 220): Snippet {
  if (text.length <= size) return { text, ranges: [...ranges], cutStart: false, cutEnd: false };
  const first = ranges[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(size / 3));
  let end = Math.min(text.length, start + size);
  start = Math.max(0, Math.min(start, end - size));
  // Move the edges to the nearest space so no word is cut in half.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= (ranges[0]?.end ?? 0)) end = space;
  }
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return { text: text.slice(start, end), ranges: inside, cutStart: start > 0, cutEnd: end < text.length };
}
