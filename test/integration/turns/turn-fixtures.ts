import { randomBytes } from "node:crypto";
import pg from "pg";
import { testDataKey } from "../../fixtures/test-cipher.js";
import { TEST_DATABASE_URL } from "../storage/store-targets.js";

/** KEFU_DATA_KEY for servers whose data tests then read with `testCipher`. */
export const TEST_DATA_KEY = testDataKey().secret.toString("base64");

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL schema; `url` selects it through search_path. */
export async function freshPgSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `kefu_turns_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(`create schema "${schema}"`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema if exists "${schema}" cascade`) };
}

export interface WidgetChat {
  id: string;
  token: string;
}

export async function openWidgetChat(base: string, locale: "en" | "zh" = "en"): Promise<WidgetChat> {
  const res = await fetch(`${base}/api/v1/widget/conversations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale }),
  });
  if (res.status !== 201) throw new Error(`opening a chat failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { conversation: { id: string }; token: string };
  return { id: body.conversation.id, token: body.token };
}

export interface PostedTurn {
  status: number;
  message?: { id: string; seq: number };
  replies: { text: string; seq: number }[];
}

/** One shopper turn over HTTP. */
export async function postTurn(
  base: string,
  chat: WidgetChat,
  text: string,
  clientMessageId: string,
): Promise<PostedTurn> {
  const res = await fetch(`${base}/api/v1/widget/conversations/${chat.id}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${chat.token}` },
    body: JSON.stringify({ text, clientMessageId }),
  });
  if (res.status !== 201) return { status: res.status, replies: [] };
  const body = (await res.json()) as PostedTurn;
  return { status: res.status, message: body.message, replies: body.replies };
}

export interface StoredMessage {
  id: string;
  seq: number;
  author: string;
  text: string;
  clientMessageId?: string;
}

/** Every message of a chat, oldest first. */
export async function allMessages(base: string, chat: WidgetChat): Promise<StoredMessage[]> {
  const out: StoredMessage[] = [];
  for (;;) {
    const after = out.at(-1)?.seq ?? 0;
    const res = await fetch(`${base}/api/v1/widget/conversations/${chat.id}/messages?after=${after}&limit=500`, {
      headers: { authorization: `Bearer ${chat.token}` },
    });
    const items = ((await res.json()) as { items: StoredMessage[] }).items;
    out.push(...items);
    if (items.length < 500) return out;
  }
}
