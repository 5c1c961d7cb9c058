import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMMA } from "../../../src/application/use-cases/shop-data/demo-customers.js";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import { createServer, DEMO_STAFF, type KefuServer } from "../../../src/drivers/http/create-server.js";
import { defaultServerWiring } from "../../../src/drivers/http/server-wiring.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testDataKey } from "../../fixtures/test-cipher.js";
import { openRawDatabase, plainTextFound, type RawDatabase } from "./raw-database.js";

const CARD = "4242 4242 4242 4242";
const TYPED = {
  email: EMMA.email,
  phone: "+1 415 555 0134",
  address: "742 Evergreen Terrace, Springfield, IL 62704",
  card: `${CARD}, cvv 987`,
};

/** Every form in which the shopper's data could sit in a file. */
const NEEDLES = [
  EMMA.email,
  EMMA.phone ?? "",
  EMMA.defaultAddress.line1,
  "415 555 0134",
  "4155550134",
  "742 Evergreen Terrace",
  "Evergreen",
  CARD,
  "4242424242424242",
  "cvv 987",
].filter((n) => n.length > 0);

describe.each(["sqlite", "postgres"] as const)(
  "a conversation over HTTP leaves no personal data in plain text on %s",
  (name) => {
    let raw: RawDatabase;
    let server: KefuServer;
    let transcript: string[] = [];
    let conversationId = "";

    beforeAll(async () => {
      raw = await openRawDatabase(name);
      const config = {
        ...loadConfig({}),
        databaseUrl: raw.databaseUrl,
        dataDir: raw.dir,
        sqlitePath: raw.sqlitePath,
        dataKey: { key: testDataKey(`raw ${name}`).secret.toString("base64"), keyFile: undefined },
        logLevel: "silent",
      };
      server = await createServer(config, {
        demo: true,
        listen: false,
        logger: silentLogger,
        ...defaultServerWiring({ jobs: false }),
      });
      const app = server.app;
      const opened = await app.inject({
        method: "POST",
        url: "/api/v1/widget/conversations",
        payload: { locale: "en" },
      });
      expect(opened.statusCode).toBe(201);
      const id: string = opened.json().conversation.id;
      conversationId = id;
      const headers = { authorization: `Bearer ${opened.json().token}` };
      const say = async (text: string, n: number) => {
        const res = await app.inject({
          method: "POST",
          url: `/api/v1/widget/conversations/${id}/messages`,
          headers,
          payload: { text, clientMessageId: `m-${n}` },
        });
        expect(res.statusCode).toBe(201);
      };
      await say(`Where is my order? My email is ${TYPED.email}`, 1);
      await say(`My phone number is ${TYPED.phone}`, 2);
      await say(`Please send it to ${TYPED.address}`, 3);
      await say(`I will pay with my card ${TYPED.card}`, 4);
      await say("I want to talk to a human agent", 5);

      const { email, password } = DEMO_STAFF[0];
      const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
      const staff = { authorization: `Bearer ${login.json().token}` };
      const reply = await app.inject({
        method: "POST",
        url: `/api/v1/conversations/${id}/messages`,
        headers: staff,
        payload: { text: `Noted your card ${CARD} and the new address ${TYPED.address}`, clientMessageId: "a-1" },
      });
      expect(reply.statusCode).toBe(201);
      const listed = await app.inject({ method: "GET", url: `/api/v1/widget/conversations/${id}/messages`, headers });
      transcript = listed.json().items.map((m: { text: string }) => m.text);
      await server.close();
    }, 180_000);

    afterAll(async () => raw?.destroy());

    it("still reads the conversation back, with card numbers masked before they were stored", () => {
      expect(transcript.join("\n")).toContain(TYPED.email);
      expect(transcript.join("\n")).toContain(TYPED.address);
      expect(transcript).toContain("I will pay with my card •••• •••• •••• 4242, cvv •••");
      expect(transcript.join("\n")).not.toContain(CARD);
    });

    it("leaves none of the email, phone, address or card number in the raw database", async () => {
      const text = await raw.rawText();
      // The dump does hold the conversation: its id is a plain index column.
      expect(text).toContain(conversationId);
      expect(plainTextFound(text, NEEDLES)).toEqual([]);
    });
  },
);
