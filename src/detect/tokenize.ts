// Splits text into words once, so every later step (lexicon lookup, cues, qualifiers) reads the same tokens. The word
// rule is defined here; the detector splits page text with the faster char-code scan of the same rule (scan.ts), and
// takes tokenize() for text with invisible characters, for forms and for the page signal.

/**
 * Letters of scripts written without spaces between words (Chinese, Japanese, Korean particles, Thai…). They are not
 * word characters here: each is a boundary, so a name written straight against them ("在Arbitrum上", "Arbitrumの",
 * "Arbitrum의") is a word of its own, as its readers see it. The cue and lexicon tables hold no such words.
 */
const UNSPACED =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}' +
  '\\p{Script=Khmer}\\p{Script=Myanmar}\\u30fc';
/** One word character: a letter, digit, combining mark or underscore, not of an unspaced script. */
const W = `(?:(?![${UNSPACED}])[\\p{L}\\p{N}\\p{M}_])`;
const INVISIBLES = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';

/** Letters, digits, combining marks and underscore: "database" and "Base_url" are one word each. */
const WORD = new RegExp(`${W}+`, 'gu');
/** Whitespace between words, NBSP and other Unicode spaces included ("OP\u00a0Mainnet"). */
const SPACE = /^\s+$/u;
const HYPHENS = '-\u2010\u2011';

export interface Tokens {
  /** UTF-16 offset where each word starts / ends in the text. */
  starts: number[];
  ends: number[];
  /** Each word lowercased: the lexicon and the cue tables are keyed by these. */
  lower: string[];
}

/** Soft hyphens and zero-width characters: invisible, so "Arbi\u00adtrum" reads as Arbitrum and is one word. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** One character of WORD, for the char-code scan (scan.ts) to classify characters by. */
export const WORD_CHAR = new RegExp(`^${W}$`, 'u');
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WORD_WITH_INVISIBLES = new RegExp(`${W}(?:(?:${W}|[${INVISIBLES}])*${W})?`, 'gu');

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  // One check per text: only text that holds invisible characters pays for reading through them.
  const invisible = INVISIBLE.test(text);
  const word = invisible ? WORD_WITH_INVISIBLES : WORD;
  word.lastIndex = 0;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    lower.push(invisible ? m[0].replace(INVISIBLE_ALL, '').toLowerCase() : m[0].toLowerCase());
  }
  return { starts, ends, lower };
}

/**
 * What joins two words, as a key for the lexicon trie: ' ' for any run of whitespace, '-' for any hyphen, otherwise the
 * single punctuation character itself ("ZKsync 2.0", "zk.money"). Null when the gap cannot be inside a name.
 */
export function separatorKey(text: string, from: number, to: number): string | null {
  const len = to - from;
  if (len === 1) {
    if (text.charCodeAt(from) === 32) return ' ';
    const ch = text.charAt(from);
    if (HYPHENS.includes(ch)) return '-';
    if (SPACE.test(ch)) return ' ';
    return ch;
  }
  if (len > 1 && len <= 40 && SPACE.test(text.slice(from, to))) return ' ';
  return null;
}

/** A surface form split like page text, with the separators between its words. */
export interface FormParts {
  words: string[];
  seps: string[];
}

export function splitForm(form: string): FormParts | null {
  const t = tokenize(form);
  if (t.starts.length === 0) return null;
  const words: string[] = [];
  const seps: string[] = [];
  for (let i = 0; i < t.starts.length; i++) {
    words.push(form.slice(t.starts[i], t.ends[i]));
    if (i > 0) {
      const sep = separatorKey(form, t.ends[i - 1]!, t.starts[i]!);
      if (sep === null) return null;
      seps.push(sep);
    }
  }
  return { words, seps };
}
