import { it } from "vitest";
import { openChat, texts } from "./fixtures/conversation-harness.js";
it("debug", async () => {
  const chat = await openChat("zh");
  for (const t of ["订单 #W2000001 我想换货", "王小明 518000 13800138000", "13800138000"]) {
    const r = await chat.send(t);
    console.log(">>", t, "\n", texts(r), JSON.stringify(r.map((m) => m.explanation?.entities)));
  }
  console.log((await chat.conversation()).verifiedCustomerId, JSON.stringify((await chat.conversation()).state));
  await chat.close();
}, 120000);
