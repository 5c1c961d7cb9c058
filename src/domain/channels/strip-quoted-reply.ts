/** Lines that start the quoted original in replies from common mail clients, English and Chinese. */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On .{3,200}\bwrote:\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^_{5,}\s*$/,
  /^From:\s.+$/i,
  /^发件人[:：].*$/,
  /^在.{2,120}写道[:：]\s*$/,
  /^-{2,}\s*原始邮件\s*-{2,}\s*$/,
  /^-{2,}\s*回复的原邮件\s*-{2,}\s*$/,
];

/** "On Tue, 3 Dec 2026 at 10:00, Kefu <support@shop.example>" wrapped before "wrote:" by some clients. */
const WRAPPED_ON = /^On .{3,200}$/i;

/** A signature separator ("-- ") or a phone-client footer. */
const SIGNATURE = /^(?:--\s?|Sent from my .{1,40}|发自我的.{1,20}|从我的.{1,20}发送)$/i;

/**
 * The new text of an email reply: drops the quoted original (">" lines and everything after a client's
 * "On … wrote:" / "发件人：" header) and the signature, so the bot reads only what the shopper just wrote.
 */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? "").trimEnd();
    const next = (lines[i + 1] ?? "").trim();
    if (QUOTE_HEADERS.some((re) => re.test(line.trim()))) break;
    if (WRAPPED_ON.test(line.trim()) && /\bwrote:\s*$/i.test(next)) break;
    if (SIGNATURE.test(line.trim())) break;
    if (line.trimStart().startsWith(">")) continue;
    kept.push(line);
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
