import { describe, expect, it } from "vitest";
import { isChineseIdNumber, maskSecrets } from "./secret-masker.js";

const MASKED_4242 = "•••• •••• •••• 4242";

describe("maskSecrets: card numbers", () => {
  it.each([
    ["4242 4242 4242 4242", MASKED_4242],
    ["4242424242424242", MASKED_4242],
    ["4242-4242-4242-4242", MASKED_4242],
    ["5555 5555 5555 4444", "•••• •••• •••• 4444"],
    ["Amex 3782 822463 10005", "Amex •••• •••• •••• 0005"],
    ["378282246310005", "•••• •••• •••• 0005"],
    ["discover 6011111111111117.", "discover •••• •••• •••• 1117."],
    ["银联卡6200000000000005", "银联卡•••• •••• •••• 0005"],
    ["卡号是6250946000000016，谢谢", "卡号是•••• •••• •••• 0016，谢谢"],
    ["JCB 3530111333300000", "JCB •••• •••• •••• 0000"],
    ["diners 30569309025904", "diners •••• •••• •••• 5904"],
    ["4242 4242 4242 4242 12", `${MASKED_4242} 12`],
    ["visa 4222222222222", "visa •••• •••• •••• 2222"],
  ])("%s", (input, expected) => {
    expect(maskSecrets(input)).toBe(expected);
  });

  it("masks every card in a message and keeps the rest of the text", () => {
    expect(maskSecrets("Pay with 4111 1111 1111 1111 or 5555555555554444 please")).toBe(
      "Pay with •••• •••• •••• 1111 or •••• •••• •••• 4444 please",
    );
  });

  it("masks the security code named after a card, and a bare code or expiry-plus-code right after it", () => {
    expect(maskSecrets("card 4242 4242 4242 4242 cvv 123")).toBe(`card ${MASKED_4242} cvv •••`);
    expect(maskSecrets("4242424242424242, exp 12/27, 987")).toBe(`${MASKED_4242}, exp 12/27, •••`);
    expect(maskSecrets("4242424242424242 12/2027 1234")).toBe(`${MASKED_4242} 12/2027 •••`);
    expect(maskSecrets("my CVC: 321")).toBe("my CVC: •••");
    expect(maskSecrets("安全码是 456")).toBe("安全码是 •••");
    expect(maskSecrets("卡背后三位数字 789")).toBe("卡背后三位数字 •••");
  });

  it("leaves one-time codes alone", () => {
    expect(maskSecrets("验证码 123456")).toBe("验证码 123456");
    expect(maskSecrets("my code is 4821")).toBe("my code is 4821");
  });
});

describe("maskSecrets: Chinese resident ID numbers", () => {
  it("masks a valid ID (checksum and birth date) and keeps the last four", () => {
    expect(isChineseIdNumber("11010519491231002X")).toBe(true);
    expect(isChineseIdNumber("110105194912310021")).toBe(false);
    expect(maskSecrets("身份证11010519491231002X")).toBe("身份证••••••••••••••002X");
  });

  it("leaves an 18-digit number with a wrong checksum or impossible date", () => {
    expect(maskSecrets("运单号 110105194912310021")).toBe("运单号 110105194912310021");
    expect(maskSecrets("ref 123456789012345678")).toBe("ref 123456789012345678");
  });
});

describe("maskSecrets: no false positives", () => {
  it.each([
    "order #W2378156",
    "订单号 2024031512345 到哪了", // 13-digit marketplace order, even when Luhn-valid below
    "order 4000000000006",
    "call +1 (415) 555-0134",
    "手机 13812345678",
    "+86 139 1234 5678",
    "+8613912345678",
    "86 13912345678",
    "delivered on 2024-01-15 at 14:30",
    "refund $1,299.00 or ¥12,345.67",
    "zip 94107, 200031",
    "tracking 9400 1000 0000 0000 0000 00",
    "tracking 1Z999AA10123456784",
    "FedEx 123456789012",
    "product id 1234567890123456 is not luhn", // fails Luhn
    "timestamp 1717171717171",
    "",
    "no digits here",
  ])("%s", (text) => {
    expect(maskSecrets(text)).toBe(text);
  });
});
