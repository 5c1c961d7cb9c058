/** Splits Chinese text into words; implemented in infrastructure (jieba) or by `CharSegmenter`. */
export interface Segmenter {
  /** Words of `text` in order; concatenated they should give back `text` (whitespace may be dropped). */
  cut(text: string): string[];
}

/** Dictionary-free fallback that cuts every character apart (tests, or when jieba is unavailable). */
export class CharSegmenter implements Segmenter {
  cut(text: string): string[] {
    return Array.from(text);
  }
}
