// Child process for the two-process SQLite test: appends N messages, each in a read-then-write transaction.
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";

const [sqlitePath = "", conversationId = "", count = "0", tag = ""] = process.argv.slice(2);
const store = await createStore({ sqlitePath, logger: silentLogger, migrate: false });
for (let i = 0; i < Number(count); i++) {
  await store.transaction(async (tx) => {
    // Read first, as the conversation use cases do, then write.
    const before = await tx.conversations.get(conversationId);
    if (!before) throw new Error("conversation missing");
    const { message } = await tx.messages.append({
      conversationId,
      author: "customer",
      text: `${tag} ${i}`,
      payload: {},
      clientMessageId: `${tag}-${i}`,
    });
    await tx.conversations.update({ ...before, updatedAt: message.createdAt, lastSeq: message.seq });
  });
}
await store.close();
console.log(`${tag} done`);
