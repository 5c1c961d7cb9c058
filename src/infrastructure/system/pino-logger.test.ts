import { describe, expect, it } from "vitest";
import { createLogger } from "./pino-logger.js";

describe("pino logger", () => {
  it("censors tokens, passwords and contact data at the top level and one level down", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", destination: { write: (line) => lines.push(line) } });
    logger.warn(
      { email: "emma@example.com", user: { phone: "+14155550142", token: "ks_secret" }, conversationId: "c1" },
      "something happened",
    );
    const text = lines.join("");
    expect(text).not.toContain("emma@example.com");
    expect(text).not.toContain("+14155550142");
    expect(text).not.toContain("ks_secret");
    expect(text).toContain('"conversationId":"c1"');
    expect(text).toContain("[redacted]");
  });
});
