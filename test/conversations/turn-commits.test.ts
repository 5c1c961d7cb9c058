import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type Chat, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Each shopper turn commits once: message, confirmed write, dialog state and replies together. */
describe("one atomic turn", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en cancel flow, turn by turn: one commit each, the confirmed cancel included", async () => {
    chat = await openChat("en");
    const perTurn: Record<string, number> = {};
    const turn = async (text: string) => {
      const before = { ...chat.store.stats };
      const replies = await chat.send(text);
      perTurn[text] = chat.store.stats.commits - before.commits;
      return replies;
    };
    await turn("I want to cancel my order");
    await turn("Sara Doe, 62701, sara.doe@example.com");
    await turn("#W1000001");
    await turn("no longer needed");
    const done = await turn("yes");
    expect(texts(done)).toMatch(/Done: Cancel order #W1000001/);
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("cancelled");
    expect(Object.values(perTurn)).toEqual([1, 1, 1, 1, 1]);
  });
});
