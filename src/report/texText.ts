/**
 * A formula written in TeX (as the Learn view typesets it with KaTeX) turned into plain Unicode
 * text for a PDF or a text report: fractions as a/b, roots as √(x), Greek letters, operators,
 * superscripts and subscripts as Unicode characters where the report font has them (else ^(x)
 * and _(x)), `aligned` rows as lines. Only the TeX the lessons use is known; an unknown command
 * keeps its name. Runs anywhere; no DOM.
 */

const SYMBOLS: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Lambda: 'Λ',
  Sigma: 'Σ',
  Phi: 'Φ',
  Omega: 'Ω',
  cdot: '·',
  times: '×',
  approx: '≈',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  infty: '∞',
  in: '∈',
  to: '→',
  rightarrow: '→',
  Rightarrow: '⇒',
  pm: '±',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  sum: 'Σ',
  prod: '∏',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  min: 'min',
  max: 'max',
  '%': '%',
  '{': '{',
  '}': '}',
  '#': '#',
  '&': '&',
  _: '_',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  ' ': ' ',
  quad: '  ',
  qquad: '    ',
  '!': '',
};

/** Commands whose one argument is kept as plain text. */
const TEXT_COMMANDS = new Set(['text', 'mathrm', 'operatorname', 'mathit', 'mathbf', 'textrm']);
/** Sizing commands that print nothing (the delimiter after them is kept). */
const SIZING = new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
]);

// Only characters the report's font subset has (checked with its cmap).
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  o: 'ₒ',
  x: 'ₓ',
  h: 'ₕ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  p: 'ₚ',
  s: 'ₛ',
  t: 'ₜ',
};

/** A script in Unicode characters when every character has one, else `mark(text)`. */
function toScript(text: string, table: Readonly<Record<string, string>>, mark: string): string {
  const chars = [...text];
  if (chars.length > 0 && chars.every((c) => table[c] !== undefined)) {
    return chars.map((c) => table[c]).join('');
  }
  return chars.length === 1 ? `${mark}${text}` : `${mark}(${text})`;
}

/** Parentheses around a fraction's part unless it is one plain term. */
function wrap(text: string): string {
  const t = text.trim();
  if (/^[\p{L}\p{N}.,·²³⁰¹⁴-⁹%θλμβη]+$/u.test(t)) return t;
  if (/^\(.*\)$/.test(t) && balanced(t.slice(1, -1))) return t;
  return `(${t})`;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** Reads to the end or to an unmatched `}`. */
  readAll(): string {
    let out = '';
    while (this.i < this.src.length && this.src[this.i] !== '}') out += this.readAtom();
    return out;
  }

  /** One argument: a `{group}`, a command, or one character. */
  private readArgument(): string {
    this.skipSpaces();
    if (this.src[this.i] === '{') {
      this.i++;
      const inner = this.readAll();
      this.i++;
      return inner;
    }
    return this.readAtom();
  }

  /** The raw text of a `{group}` (for \text and \begin). */
  private readRawGroup(): string {
    this.skipSpaces();
    if (this.src[this.i] !== '{') return '';
    let depth = 0;
    const start = this.i + 1;
    for (; this.i < this.src.length; this.i++) {
      if (this.src[this.i] === '{') depth++;
      if (this.src[this.i] === '}' && --depth === 0) break;
    }
    const raw = this.src.slice(start, this.i);
    this.i++;
    return raw;
  }

  private skipSpaces(): void {
    while (this.src[this.i] === ' ') this.i++;
  }

  private readAtom(): string {
    const c = this.src[this.i]!;
    this.i++;
    switch (c) {
      case '\\':
        return this.readCommand();
      case '{': {
        const inner = this.readAll();
        this.i++;
        // `{,}` is TeX's way to write a thousands comma.
        return inner;
      }
      case '^':
        return toScript(this.readArgument().trim(), SUPERSCRIPT, '^');
      case '_':
        return toScript(this.readArgument().trim(), SUBSCRIPT, '_');
      case '&':
        return '';
      case '~':
        return ' ';
      default:
        return c;
    }
  }

  private readCommand(): string {
    const rest = this.src.slice(this.i);
    const word = /^[A-Za-z]+/.exec(rest)?.[0];
    if (word === undefined) {
      const symbol = rest[0] ?? '';
      this.i++;
      if (symbol === '\\') return '\n';
      return SYMBOLS[symbol] ?? symbol;
    }
    this.i += word.length;
    if (word === 'frac' || word === 'tfrac' || word === 'dfrac') {
      const top = this.readArgument();
      const bottom = this.readArgument();
      return `${wrap(top)}/${wrap(bottom)}`;
    }
    if (word === 'sqrt') return `√${wrap(this.readArgument())}`;
    if (word === 'binom') {
      const n = this.readArgument();
      const k = this.readArgument();
      return `C(${n.trim()}, ${k.trim()})`;
    }
    // The font has no combining hat: an estimate λ̂ reads as λ.
    if (word === 'hat' || word === 'bar') return this.readArgument();
    if (TEXT_COMMANDS.has(word)) return this.readRawGroup();
    if (word === 'begin' || word === 'end') {
      this.readRawGroup();
      return '';
    }
    if (SIZING.has(word)) {
      this.skipSpaces();
      // `\left.` is an invisible delimiter.
      if (this.src[this.i] === '.') this.i++;
      return '';
    }
    return SYMBOLS[word] ?? word;
  }
}

/**
 * A TeX formula as plain text.
 * @example texToText('A_s = \\prod_{i=1}^{3} A_i') // 'Aₛ = ∏_(i=1)³ A_i' (scripts where the font has them)
 * @example texToText('\\frac{1}{\\lambda}') // '1/λ'
 */
export function texToText(tex: string): string {
  const text = new Reader(tex).readAll();
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
