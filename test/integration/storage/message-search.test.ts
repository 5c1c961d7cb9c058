import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { searchTerms } from "../../../src/domain/search/search-terms.js";
import { openTarget, type StoreTarget, type TargetName } from "./store-targets.js";

const NOW = "2026-01-01T00:00:00.000Z";

async function conversation(store: Store, id: string): Promise<void> {
  await store.conversations.create({
    id,
    channel: "widget",
    locale: "en",
    status: "bot",
    state: {},
    createdAt: NOW,
    updatedAt: NOW,
    lastSeq: 0,
  });
}

describe.each<TargetName>(["sqlite", "postgres"])("message search through the blind index (%s)", (name) => {
  let target: StoreTarget;
  afterEach(async () => target.destroy());

  it("finds messages holding every query word, English and Chinese", async () => {
    target = await openTarget(name);
    const store = await target.open();
    await conversation(store, "c1");
    await conversation(store, "c2");
    const say = (conversationId: string, text: string) =>
      store.messages.append({ conversationId, author: "customer", text, payload: {} });
    await say("c1", "My parcel for order W0010004 arrived damaged");
    await say("c1", "Can I get a refund?");
    await say("c2", "我想申请退货，包裹破损了");
    await say("c2", "Refund to my card please");

    const find = async (q: string) => (await store.messages.search(searchTerms(q), 10)).map((m) => m.text);
    expect(await find("refund")).toEqual(expect.arrayContaining(["Can I get a refund?", "Refund to my card please"]));
    expect(await find("parcel damaged")).toEqual(["My parcel for order W0010004 arrived damaged"]);
    expect(await find("退货")).toEqual(["我想申请退货，包裹破损了"]);
    expect(await find("包裹破损")).toEqual(["我想申请退货，包裹破损了"]);
    expect(await find("refund parcel")).toEqual([]);
    expect(await find("")).toEqual([]);
  });

  it("indexes every term of a long message (thousands of terms, one statement)", async () => {
    target = await openTarget(name);
    const store = await target.open();
    await conversation(store, "c1");
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}x`);
    await store.messages.append({ conversationId: "c1", author: "customer", text: words.join(" "), payload: {} });
    for (const q of ["w0x", "w1500x", "w2999x w7x"]) {
      expect(await store.messages.search(searchTerms(q), 10)).toHaveLength(1);
    }
    expect(await store.messages.search(searchTerms("w3000x"), 10)).toEqual([]);
  });
});
