/**
 * "exchange the first item … for electric, large, rotisserie", "change the third item to black, 8 cups",
 * "订单W1的L的那个换成S, black": what follows the change cue describes the new variant, not the item to change.
 */
const EN_CHANGE =
  /\b(?:exchange|swap|change|switch|replace|trade|modify|upgrade)\b(?!\s+(?:my mind|of plans?)\b)([^.?!;]*?)\s(?:for|to|into|with)\s/i;
const ZH_CHANGE = /换成|改成|换为|改为|换一个|换一件|换个|换到|改到/;

/**
 * The part of a whole request that can point at the item being changed: without the target of an exchange
 * or item change. Requests without a change cue come back whole.
 */
export function requestItemPart(request: string): string {
  const zh = ZH_CHANGE.exec(request);
  const en = EN_CHANGE.exec(request);
  const cut = [zh ? zh.index : -1, en ? en.index + en[0].length : -1].filter((i) => i >= 0);
  if (cut.length === 0) return request;
  const at = Math.min(...cut);
  // Keep what follows the target's sentence ("… for blue. it's the mug I mean" is rare; identity usually).
  return request.slice(0, at);
}
