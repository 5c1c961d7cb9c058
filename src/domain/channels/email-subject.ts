/** "Re: <subject>" for a reply, without stacking prefixes ("Re: Re:", "回复：Re:"). */
export function replySubject(subject: string | undefined, fallback: string): string {
  const base = (subject ?? "").replace(/^(?:\s*(?:re|fwd?|aw|sv|回复|答复|转发)\s*[:：]\s*)+/i, "").trim();
  return `Re: ${base || fallback}`;
}

/** A Message-ID without its angle brackets and surrounding spaces, as thread links store it. */
export function bareMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, "");
}

/** Ids named in In-Reply-To and References, newest first, so the closest known ancestor wins. */
export function threadAncestors(inReplyTo: string | undefined, references: readonly string[]): string[] {
  const ids = [...references].reverse();
  if (inReplyTo) ids.unshift(inReplyTo);
  return [...new Set(ids.map(bareMessageId).filter((id) => id.length > 0))];
}
