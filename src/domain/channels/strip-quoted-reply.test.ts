import { describe, expect, it } from "vitest";
import { composeEmailBody, guessLocale } from "./email-body.js";
import { bareMessageId, replySubject, threadAncestors } from "./email-subject.js";
import { stripQuotedReply } from "./strip-quoted-reply.js";

describe("stripQuotedReply", () => {
  it("keeps only the new text of a Gmail-style reply", () => {
    const text =
      "Yes, please cancel it.\n\nOn Tue, 3 Dec 2026 at 10:00, Kefu <help@shop.example> wrote:\n> Shall I cancel #W1?\n> Reply yes";
    expect(stripQuotedReply(text)).toBe("Yes, please cancel it.");
  });
  it("handles a wrapped 'On … wrote:' header and CRLF line ends", () => {
    const text =
      "the second one\r\n\r\nOn Tue, 3 Dec 2026 at 10:00, Kefu Support\r\n<help@shop.example> wrote:\r\n> Which item?";
    expect(stripQuotedReply(text)).toBe("the second one");
  });
  it("drops Outlook and Chinese client headers, signatures and phone footers", () => {
    expect(stripQuotedReply("ok thanks\n-----Original Message-----\nFrom: Kefu\nSubject: x")).toBe("ok thanks");
    expect(stripQuotedReply("好的，退货吧\n\n在 2026年12月3日 10:00，客服 写道：\n> 需要退货吗？")).toBe(
      "好的，退货吧",
    );
    expect(stripQuotedReply("改成微信支付\n发件人：客服 <help@shop.cn>\n发送时间：2026-12-03")).toBe("改成微信支付");
    expect(stripQuotedReply("where is my order?\n-- \nAnna Lee\nAcme Inc.")).toBe("where is my order?");
    expect(stripQuotedReply("where is W0010004\n\nSent from my iPhone")).toBe("where is W0010004");
    expect(stripQuotedReply("我的订单到哪了\n发自我的iPhone")).toBe("我的订单到哪了");
  });
  it("keeps a message with no quote as it is, inline quotes removed", () => {
    expect(stripQuotedReply("Hi,\n\nmy parcel never arrived.\n\nThanks, Anna")).toBe(
      "Hi,\n\nmy parcel never arrived.\n\nThanks, Anna",
    );
    expect(stripQuotedReply("> old line\nnew line")).toBe("new line");
  });
});

describe("email threading helpers", () => {
  it("builds one Re: prefix whatever the client added", () => {
    expect(replySubject("Where is my order?", "Your request")).toBe("Re: Where is my order?");
    expect(replySubject("RE: Re: Where is my order?", "x")).toBe("Re: Where is my order?");
    expect(replySubject("回复：订单问题", "x")).toBe("Re: 订单问题");
    expect(replySubject(undefined, "Your request")).toBe("Re: Your request");
  });
  it("orders thread ancestors newest first without brackets or duplicates", () => {
    expect(bareMessageId(" <abc@x> ")).toBe("abc@x");
    expect(threadAncestors("<c@x>", ["<a@x>", "<b@x>", "<c@x>"])).toEqual(["c@x", "b@x", "a@x"]);
    expect(threadAncestors(undefined, [])).toEqual([]);
  });
});

describe("composeEmailBody and guessLocale", () => {
  it("writes quick replies out as a list and ends with a footer in the conversation's language", () => {
    const body = composeEmailBody(
      [
        { text: "Which item?", choices: ["T-shirt (M)", "Keyboard"] },
        { text: "", choices: [] },
      ],
      "en",
    );
    expect(body).toBe(
      "Which item?\n\nYou can reply with one of:\n  - T-shirt (M)\n  - Keyboard\n\n--\nReply to this email to continue the conversation.\n",
    );
    expect(composeEmailBody([{ text: "好的", choices: [] }], "zh")).toContain("直接回复此邮件");
  });
  it("guesses Chinese for mostly-Han text, English otherwise", () => {
    expect(guessLocale("我想退货 my order W0010005")).toBe("zh");
    expect(guessLocale("Where is my order W0010005? 谢谢")).toBe("en");
    expect(guessLocale("")).toBe("en");
  });
});
