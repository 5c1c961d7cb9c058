import { describe, expect, it } from "vitest";
import { extractEmail } from "./extract-email.js";

describe("extractEmail", () => {
  it.each([
    ["my email is Noah.Brown7922@example.com.", "noah.brown7922@example.com"],
    ["noah.brown7922＠example.com", "noah.brown7922@example.com"],
    ["邮箱：noah.brown7922@example.com，谢谢", "noah.brown7922@example.com"],
    ["noah.brown7922 @ example . com", "noah.brown7922@example.com"],
    ["noah dot brown7922 at example dot com", "noah.brown7922@example.com"],
    ["noah.brown7922(at)example(dot)com", "noah.brown7922@example.com"],
    ["ＮＯＡＨ＠ＥＸＡＭＰＬＥ．ＣＯＭ", "noah@example.com"],
    ["it's sara_doe+shop@sub.example.co.uk!", "sara_doe+shop@sub.example.co.uk"],
  ])("%s → %s", (text, email) => expect(extractEmail(text)).toEqual({ email }));

  it.each([
    ["john@gmial.com", "john@gmail.com"],
    ["john@gmail.con", "john@gmail.com"],
    ["john@gamil.com", "john@gmail.com"],
    ["john@hotmial.com", "john@hotmail.com"],
    ["john@yahooo.com", "john@yahoo.com"],
    ["john@gmail", "john@gmail.com"],
    ["12345@qq.con", "12345@qq.com"],
    ["john@outlook,com", undefined],
  ])("%s suggests %s", (text, suggestion) => {
    const result = extractEmail(text);
    if (suggestion) expect(result?.suggestion).toBe(suggestion);
    else expect(result).toEqual({ email: "john@outlook.com" });
  });

  it.each([["where is my order"], ["@john"], ["meet me at noon"], ["john@"]])("no email in %s", (text) =>
    expect(extractEmail(text)).toBeUndefined(),
  );
});
