import type { Command } from "commander";
import { z } from "zod";
import { parseValue } from "../../../domain/parse-json.js";
import { loadConfig } from "../../config/load-config.js";
import { type CreateServerOptions, createServer, DEMO_STAFF } from "../../http/create-server.js";
import { defaultServerWiring } from "../../http/server-wiring.js";

const ServeOptions = z.object({
  demo: z.boolean().default(false),
  port: z.coerce.number().int().min(0).max(65535).optional(),
  host: z.string().min(1).optional(),
});

/** Parts of the server other modules provide (the bot, extra routes); wired by register-commands. */
export type ServeWiring = Pick<CreateServerOptions, "createAgent" | "createExtraRoutes" | "startBackground">;

/** `kefu serve [--demo] [--port N] [--host H]`: runs the API, realtime and web console. */
export function registerServeCommand(program: Command, wiring: ServeWiring = defaultServerWiring()): void {
  program
    .command("serve")
    .description("start the Kefu server (API, WebSocket, web console)")
    .option("--demo", "seed the demo shop and demo staff accounts when missing")
    .option("--port <port>", "port to listen on (0 = any free port; default PORT or 3000)")
    .option("--host <host>", "interface to bind (default HOST or 127.0.0.1)")
    .action(async (raw: unknown) => {
      const opts = parseValue(ServeOptions, raw, "serve options");
      const config = loadConfig();
      const server = await createServer(
        { ...config, port: opts.port ?? config.port, host: opts.host ?? config.host },
        { demo: opts.demo, ...wiring },
      );
      console.log(`Kefu listening on ${server.url}`);
      console.log(`  console: ${server.url}/   API docs: ${server.url}/docs`);
      if (opts.demo) {
        for (const u of DEMO_STAFF) console.log(`  ${u.role.padEnd(5)} login: ${u.email} / ${u.password}`);
      }
      let closing = false;
      const stop = async (signal: string) => {
        if (closing) return;
        closing = true;
        console.log(`kefu: ${signal} received, shutting down`);
        await server.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop("SIGINT"));
      process.once("SIGTERM", () => void stop("SIGTERM"));
    });
}
