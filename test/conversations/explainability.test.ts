import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/domain/conversation/message.js";
import { type Chat, openChat, removeFixtureNlu } from "./fixtures/conversation-harness.js";

/** The fields every stored bot turn carries so the console can show why it was said. */
const WHY = {
  intent: expect.any(String),
  confidence: expect.any(Number),
  entities: expect.any(Array),
  sentiment: expect.objectContaining({ label: expect.any(String), score: expect.any(Number) }),
  language: expect.stringMatching(/^(en|zh)$/),
  step: expect.any(String),
  rules: expect.any(Array),
  kbArticleIds: expect.any(Array),
  source: "local",
};

async function botTurns(chat: Chat): Promise<Message[]> {
  const all = await chat.store.messages.listSince(chat.conversationId, 0, 500);
  return all.filter((m) => m.author === "bot");
}

describe("explainability: every bot turn stores why", () => {
  let chat: Chat;
  afterEach(async () => chat.close());
  afterAll(() => removeFixtureNlu());

  it("en: intent, entities, flow step, rule results and the KB article are stored with each reply", async () => {
    chat = await openChat("en");
    await chat.send("I want to cancel order #W1000001");
    await chat.send("Sara Doe, 62701, sara.doe@example.com");
    await chat.send("how long do refunds take?");
    await chat.send("ordered by mistake");
    await chat.send("yes");
    await chat.send("and cancel #W1000002 too, I don't need it");

    const [greeting, ...turns] = await botTurns(chat);
    expect(greeting?.explanation).toMatchObject({ step: "greeting" });
    expect(turns.length).toBeGreaterThanOrEqual(6);
    for (const m of turns) expect(m.explanation, m.text).toMatchObject(WHY);

    const first = turns[0]?.explanation;
    expect(first).toMatchObject({ intent: "cancel_order", flow: "cancel_order", step: "ask_identity" });
    expect(first?.entities).toEqual([expect.objectContaining({ type: "order_id", value: "#W1000001" })]);
    const email = turns.find((m) => m.explanation?.step === "identity_ok")?.explanation;
    expect(email?.entities).toEqual([expect.objectContaining({ type: "email", value: "sara.doe@example.com" })]);

    const kb = turns.find((m) => m.explanation?.step === "kb_answer");
    expect(kb?.explanation).toMatchObject({ kbArticleIds: ["kb_refund_time_en"], flow: "cancel_order" });

    const confirm = turns.find((m) => m.explanation?.step === "confirm");
    expect(confirm?.explanation).toMatchObject({ flow: "cancel_order", awaiting: "confirmation" });
    expect(confirm?.explanation?.rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: expect.any(String), passed: true })]),
    );

    const executed = turns.find((m) => m.explanation?.step === "executed");
    expect(executed?.explanation).toMatchObject({ intent: "confirm", commands: ["confirm"] });

    const refused = turns.find((m) => m.explanation?.step === "refused");
    expect(refused?.explanation).toMatchObject({ flow: "cancel_order" });
    expect(refused?.explanation?.rules).toEqual(expect.arrayContaining([expect.objectContaining({ passed: false })]));
  });

  it("zh: handoff turns record the reason as their step", async () => {
    chat = await openChat("zh");
    await chat.send("你好");
    await chat.send("我要找人工客服");
    const turns = (await botTurns(chat)).slice(1);
    for (const m of turns) expect(m.explanation, m.text).toMatchObject({ ...WHY, language: "zh" });
    expect(turns.at(-1)?.explanation).toMatchObject({ intent: "human_agent", step: "handoff:requested" });
  });
});
