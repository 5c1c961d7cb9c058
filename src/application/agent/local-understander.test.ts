import { describe, expect, it } from "vitest";
import type { NluResult } from "../../domain/nlu/nlu-result.js";
import { nluToCommands } from "./local-understander.js";

function nlu(partial: Partial<NluResult>): NluResult {
  return {
    language: "en",
    intent: "out_of_scope",
    confidence: 0.5,
    ranking: [],
    entities: [],
    sentiment: { label: "neutral", score: 0, anger: false },
    ...partial,
  };
}

describe("nluToCommands", () => {
  it("starts the intent's flow when the classifier is sure, and fills slots from entities", () => {
    const commands = nluToCommands(
      nlu({
        intent: "cancel_order",
        confidence: 0.97,
        entities: [
          { type: "order_id", value: "#W1234567", text: "#W1234567", start: 0, end: 9, score: 1 },
          { type: "email", value: "a@b.co", text: "a@b.co", start: 10, end: 16, score: 1 },
        ],
      }),
      "cancel #W1234567 a@b.co",
    );
    expect(commands).toEqual([
      { type: "start_flow", flow: "cancel_order" },
      { type: "set_slot", slot: "order_id", value: "#W1234567" },
      { type: "set_slot", slot: "email", value: "a@b.co" },
    ]);
  });

  it("lets clear wording decide when the classifier is unsure", () => {
    expect(
      nluToCommands(nlu({ intent: "order_status", confidence: 0.66 }), "ship order #W1 to a new place"),
    ).toContainEqual({
      type: "start_flow",
      flow: "modify_address",
    });
    expect(nluToCommands(nlu({ intent: "exchange", confidence: 0.4 }), "exchange order #W0010005")).toContainEqual({
      type: "start_flow",
      flow: "exchange",
    });
  });

  it("starts nothing on an unsure classification without keywords; maps handoff and chitchat", () => {
    expect(nluToCommands(nlu({ intent: "return", confidence: 0.3 }), "hmm")).toEqual([]);
    expect(nluToCommands(nlu({ intent: "human_agent", confidence: 0.9 }), "a person please")).toEqual([
      { type: "handoff", reason: "requested" },
    ]);
    expect(nluToCommands(nlu({ intent: "thanks", confidence: 0.9 }), "thanks")).toEqual([
      { type: "chitchat", intent: "thanks" },
    ]);
  });
});
