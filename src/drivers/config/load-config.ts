import { z } from "zod";
import { parseValue } from "../../domain/parse-json.js";

/** An optional URL where an empty variable (DATABASE_URL=) means unset, as shells and .env files write it. */
const OptionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());

const Env = z.object({
  DATABASE_URL: OptionalUrl,
  KEFU_DB_PATH: z.string().default("data/kefu.sqlite"),
  KEFU_DATA_DIR: z.string().default("data"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  REDIS_URL: OptionalUrl,
  /** Signs widget tokens; generated and stored in the data dir when unset. */
  KEFU_SECRET: z.string().min(16).optional(),
  KEFU_LLM_BASE_URL: z.string().url().optional(),
  KEFU_LLM_MODEL: z.string().optional(),
  KEFU_LLM_API_KEY: z.string().optional(),
  KEFU_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  KEFU_LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

/** Kefu's whole runtime configuration, validated once at start-up. */
export interface KefuConfig {
  databaseUrl: string | undefined;
  sqlitePath: string;
  dataDir: string;
  host: string;
  port: number;
  redisUrl: string | undefined;
  secret: string | undefined;
  llm: { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number } | undefined;
  logLevel: string;
}

/** Reads the environment; a bad value stops start-up with a sentence naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): KefuConfig {
  const e = parseValue(Env, env, "environment");
  return {
    databaseUrl: e.DATABASE_URL,
    sqlitePath: e.KEFU_DB_PATH,
    dataDir: e.KEFU_DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    redisUrl: e.REDIS_URL,
    secret: e.KEFU_SECRET,
    llm:
      e.KEFU_LLM_BASE_URL && e.KEFU_LLM_MODEL
        ? {
            baseUrl: e.KEFU_LLM_BASE_URL,
            model: e.KEFU_LLM_MODEL,
            apiKey: e.KEFU_LLM_API_KEY,
            timeoutMs: e.KEFU_LLM_TIMEOUT_MS,
          }
        : undefined,
    logLevel: e.KEFU_LOG_LEVEL,
  };
}
