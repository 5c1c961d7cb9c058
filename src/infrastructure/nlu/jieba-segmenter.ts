import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";

let shared: Jieba | undefined;

/** Chinese word segmentation with jieba's bundled dictionary (loaded once per process). */
export class JiebaSegmenter implements Segmenter {
  private readonly jieba: Jieba;

  constructor(
    /** Use jieba's HMM to join unknown words (default true). */
    private readonly hmm = true,
  ) {
    shared ??= Jieba.withDict(dict);
    this.jieba = shared;
  }

  cut(text: string): string[] {
    return this.jieba.cut(text, this.hmm);
  }
}
