import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Chat, fixtureNlu, openChat, removeFixtureNlu, texts } from "./fixtures/conversation-harness.js";

/** Requests that mean an order without repeating its number. */
describe("the order a request implies", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());
  beforeAll(async () => void (await fixtureNlu()), 120_000);

  it("the order named while verifying is the subject of the next request", async () => {
    chat = await openChat("en");
    await chat.send("sara.doe@example.com / order #W1000001");
    const confirm = await chat.send("please ship it to 5 Oak Ave, Apt 2, Springfield, IL 62704");
    expect(texts(confirm)).toMatch(/Ship order #W1000001 to: 5 Oak Ave, Apt 2/);
    await chat.send("correct");
    expect((await chat.store.orders.get("#W1000001"))?.address).toMatchObject({ line1: "5 Oak Ave", line2: "Apt 2" });
  });

  it("'cancel my keyboard order' means the one eligible order holding a keyboard", async () => {
    chat = await openChat("en");
    const confirm = await chat.send(
      "Sara Doe, 62701, sara.doe@example.com - cancel my keyboard order, ordered by mistake",
    );
    expect(texts(confirm)).toMatch(/Cancel order #W1000001/);
    await chat.send("yes");
    expect((await chat.store.orders.get("#W1000001"))?.status).toBe("cancelled");
  });

  it("without a named order or product the eligible orders are listed", async () => {
    chat = await openChat("en");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    const asked = await chat.send("I want to cancel an order");
    expect(texts(asked)).toMatch(/Which order/);
  });
});
