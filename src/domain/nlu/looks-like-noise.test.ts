import { describe, expect, it } from "vitest";
import { looksLikeNoise } from "./looks-like-noise.js";

describe("looksLikeNoise", () => {
  it("flags keyboard mash, repeated characters and bare punctuation", () => {
    for (const text of [
      "asdfghjkl",
      "qwertyuiop",
      "sdkfjhsdkfjh",
      "jkjkjkjk",
      "啊啊啊啊啊",
      "。。。",
      "???",
      "lololol",
    ]) {
      expect(looksLikeNoise(text), text).toBe(true);
    }
  });

  it("leaves real messages, order numbers and short answers alone", () => {
    for (const text of [
      "12345678",
      "#W2378156",
      "嗯嗯",
      "ok",
      "rhythm",
      "strengths",
      "我要退货",
      "M",
      "ts-red-l",
      "",
    ]) {
      expect(looksLikeNoise(text), text).toBe(false);
    }
  });
});
