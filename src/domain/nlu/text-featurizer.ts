import { type SparseVector, sparseFromIndices } from "../ml/sparse-vector.js";
import type { FeatureConfig } from "./feature-config.js";
import { normalizeText } from "./normalize-text.js";
import type { Segmenter } from "./segmenter.js";
import { type Token, tokenize } from "./tokenize.js";

const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step; features are hashed as they are walked, without building n-gram strings. */
function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function stepString(h: number, text: string): number {
  let x = h;
  for (let i = 0; i < text.length; i++) x = step(x, text.charCodeAt(i));
  return x;
}

/** Same avalanche as `hashString`, so a walked feature equals hashString of its spelled-out form. */
function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
}

const PREFIX_WORD = stepString(FNV_OFFSET, "w|");
const PREFIX_BIGRAM = stepString(FNV_OFFSET, "b|");
const PREFIX_TRIGRAM = stepString(FNV_OFFSET, "t|");
const PREFIX_HAN = stepString(FNV_OFFSET, "c|");
const PREFIX_LATIN = stepString(FNV_OFFSET, "l|");
const SEP = 0x7c;

/** Turns text into hashed sparse features: word n-grams plus character n-grams per script. */
export class TextFeaturizer {
  readonly dimension: number;
  private readonly mask: number;
  private scratch = new Uint32Array(1024);
  private count = 0;

  constructor(
    readonly config: FeatureConfig,
    private readonly segmenter: Segmenter,
  ) {
    this.dimension = 2 ** config.hashBits;
    this.mask = this.dimension - 1;
  }

  /** Tokens of the normalised text (exposed for lexicons and debugging). */
  tokens(text: string): Token[] {
    return tokenize(normalizeText(text), this.segmenter);
  }

  /** Hashed, merged, L2-normalised feature vector of `text`. */
  vectorize(text: string): SparseVector {
    this.count = 0;
    const normalized = normalizeText(text);
    const tokens = tokenize(normalized, this.segmenter);
    this.wordFeatures(tokens);
    this.charFeatures(tokens);
    return sparseFromIndices(this.scratch.slice(0, this.count), { tf: this.config.tf, normalize: true });
  }

  private push(h: number): void {
    if (this.count === this.scratch.length) {
      const bigger = new Uint32Array(this.scratch.length * 2);
      bigger.set(this.scratch);
      this.scratch = bigger;
    }
    this.scratch[this.count++] = finish(h) & this.mask;
  }

  private wordFeatures(tokens: readonly Token[]): void {
    const order = this.config.wordNgrams;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]?.text ?? "";
      this.push(stepString(PREFIX_WORD, t));
      if (order >= 2 && i > 0) {
        this.push(stepString(step(stepString(PREFIX_BIGRAM, tokens[i - 1]?.text ?? ""), SEP), t));
      }
      if (order >= 3 && i > 1) {
        let h = stepString(PREFIX_TRIGRAM, tokens[i - 2]?.text ?? "");
        h = stepString(step(h, SEP), tokens[i - 1]?.text ?? "");
        this.push(stepString(step(h, SEP), t));
      }
    }
  }

  private charFeatures(tokens: readonly Token[]): void {
    const [hanMin, hanMax] = this.config.hanChars;
    const [latMin, latMax] = this.config.latinChars;
    let run = "";
    const flushRun = () => {
      this.charNgrams(PREFIX_HAN, run, hanMin, hanMax);
      run = "";
    };
    for (const token of tokens) {
      if (token.kind === "han") {
        run += token.text;
        continue;
      }
      if (run !== "") flushRun();
      if (token.kind === "latin") this.charNgrams(PREFIX_LATIN, `<${token.text}>`, latMin, latMax);
    }
    if (run !== "") flushRun();
  }

  /** All n-grams of `text` with min ≤ n ≤ max, hashed incrementally from each start position. */
  private charNgrams(prefix: number, text: string, min: number, max: number): void {
    for (let i = 0; i < text.length; i++) {
      let h = prefix;
      for (let n = 1; n <= max && i + n <= text.length; n++) {
        h = step(h, text.charCodeAt(i + n - 1));
        if (n >= min) this.push(h);
      }
    }
  }
}
