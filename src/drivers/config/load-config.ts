import { z } from "zod";
import { parseValue } from "../../domain/parse-json.js";
import { parseLimitRule, type RateLimits } from "../http/limits/rate-limits.js";

/** An optional URL where an empty variable (DATABASE_URL=) means unset, as shells and .env files write it. */
const OptionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());

/** A comma-separated list of web origins (scheme://host[:port]); empty means none. */
const OriginList = z
  .string()
  .default("")
  .transform((text, ctx) => {
    const origins = text
      .split(",")
      .map((item) => item.trim().replace(/\/+$/, ""))
      .filter((item) => item !== "");
    for (const origin of origins) {
      if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
        ctx.addIssue({ code: "custom", message: `${origin} is not an origin like https://shop.example` });
      }
    }
    return origins;
  });

const Env = z.object({
  DATABASE_URL: OptionalUrl,
  KEFU_DB_PATH: z.string().default("data/kefu.sqlite"),
  KEFU_DATA_DIR: z.string().default("data"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  REDIS_URL: OptionalUrl,
  /** Signs widget tokens; generated and stored in the data dir when unset. */
  KEFU_SECRET: z.string().min(16).optional(),
  /** Data key(s) sealing personal data at rest: base64 of 32 bytes; during a rotation "new,old". */
  KEFU_DATA_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(40).optional()),
  /** File holding the data keys; default data.key next to the SQLite file (PostgreSQL: in KEFU_DATA_DIR). */
  KEFU_DATA_KEY_FILE: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  KEFU_LLM_BASE_URL: z.string().url().optional(),
  KEFU_LLM_MODEL: z.string().optional(),
  KEFU_LLM_API_KEY: z.string().optional(),
  KEFU_LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** A local GGUF model run in-process by node-llama-cpp instead of an HTTP endpoint. */
  KEFU_LLM_GGUF_PATH: z.string().min(1).optional(),
  /** Retries with exponential backoff on 429/5xx; 0 falls back to local mode at once. */
  KEFU_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(0),
  /** USD per million tokens, for the per-conversation cost ledger. */
  KEFU_LLM_PRICE_INPUT: z.coerce.number().nonnegative().default(0),
  KEFU_LLM_PRICE_OUTPUT: z.coerce.number().nonnegative().default(0),
  /** Shop sites allowed to embed the chat widget (frame /widget.html). */
  KEFU_WIDGET_ORIGINS: OriginList,
  /** Browser origins allowed to call the API cross-origin (CORS). */
  KEFU_CORS_ORIGINS: OriginList,
  /** Comma-separated proxy addresses/CIDRs whose X-Forwarded-For is believed; unset trusts no proxy. */
  KEFU_TRUST_PROXY: z.string().optional(),
  /** Prefix of every Redis key and channel, so deployments can share one Redis. */
  KEFU_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, "letters, digits, '_', '-', '.' (1-64)")
    .default("kefu"),
  /** Rate limits, "max/seconds" each (see README). */
  KEFU_LIMIT_LOGIN: z.string().optional(),
  KEFU_LIMIT_LOGIN_ACCOUNT: z.string().optional(),
  KEFU_LIMIT_CONVERSATIONS: z.string().optional(),
  KEFU_LIMIT_MESSAGES: z.string().optional(),
  KEFU_LIMIT_HANDOFFS: z.string().optional(),
  KEFU_LIMIT_SOCKETS: z.string().optional(),
  /** How long Idempotency-Key replays are kept. */
  KEFU_IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /** Open sockets allowed per widget token on one server. */
  KEFU_MAX_SOCKETS_PER_TOKEN: z.coerce.number().int().min(1).max(1000).default(5),
  /** Outgoing mail (email channel replies): smtp://user:pass@host:587 or smtps://…:465. */
  KEFU_SMTP_URL: OptionalUrl,
  /** The support address replies come from; with KEFU_SMTP_URL it turns the email channel on. */
  KEFU_EMAIL_FROM: z.preprocess((v) => (v === "" ? undefined : v), z.string().email().optional()),
  KEFU_EMAIL_FROM_NAME: z.string().max(100).optional(),
  /** Port of the built-in SMTP ingress for inbound mail; unset means no ingress. */
  KEFU_EMAIL_INGRESS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  KEFU_EMAIL_INGRESS_HOST: z.string().default("0.0.0.0"),
  /** Comma-separated addresses the ingress accepts mail for (default: KEFU_EMAIL_FROM). */
  KEFU_EMAIL_INBOXES: z.string().optional(),
  /** WeChat official account (微信公众号客服消息): app id and secret, the callback token, and EncodingAESKey for 安全模式. */
  KEFU_WECHAT_APP_ID: z.string().min(1).optional(),
  KEFU_WECHAT_APP_SECRET: z.string().min(1).optional(),
  KEFU_WECHAT_TOKEN: z.string().min(3).max(32).optional(),
  KEFU_WECHAT_AES_KEY: z.string().length(43).optional(),
  KEFU_WECHAT_API_BASE: OptionalUrl,
  /** Largest shopper attachment (photo or PDF) in bytes. */
  KEFU_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Attachments go to this S3-compatible bucket instead of the data dir when set. */
  KEFU_S3_BUCKET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(3).max(63).optional()),
  KEFU_S3_REGION: z.string().min(1).default("us-east-1"),
  /** An S3-compatible endpoint (MinIO, R2, OSS…); AWS S3 when unset. Implies path-style addressing. */
  KEFU_S3_ENDPOINT: OptionalUrl,
  KEFU_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  KEFU_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  KEFU_S3_PREFIX: z.string().max(200).default("attachments/"),
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
  /** Where the data keys come from: KEFU_DATA_KEY, else KEFU_DATA_KEY_FILE, else data.key by default. */
  dataKey: { key: string | undefined; keyFile: string | undefined };
  llm:
    | {
        baseUrl: string;
        model: string;
        apiKey: string | undefined;
        timeoutMs: number;
        /** Retries per call with exponential backoff (AI SDK); 0 by default. */
        maxRetries?: number;
        /** Set when the model is a local GGUF file (node-llama-cpp) rather than an endpoint. */
        ggufPath?: string;
        /** USD per million input/output tokens; unset counts tokens at no cost. */
        prices?: { inputPerMillion: number; outputPerMillion: number };
      }
    | undefined;
  logLevel: string;
  /** Shop origins that may frame the widget; Kefu's own origin always may. */
  widgetOrigins?: string[];
  /** Origins allowed by CORS; none by default (the widget runs on Kefu's origin and needs none). */
  corsOrigins?: string[];
  /** Proxy addresses/CIDRs trusted for X-Forwarded-For; empty: the socket address is the client. */
  trustProxy?: string[];
  /** Namespace of Redis channels, queues and rate-limit keys (default "kefu"). */
  redisPrefix?: string;
  /** Overrides of the default rate limits. */
  limits?: Partial<RateLimits>;
  /** How long idempotency records are replayed before they are swept (default 24 h). */
  idempotencyTtlMs?: number;
  /** The email channel from the environment (an admin's connection takes precedence): replies by SMTP. */
  email: { smtpUrl: string; from: string; fromName: string | undefined; inboxes: string[] | undefined } | undefined;
  /** Where the SMTP ingress for inbound support mail listens, when a port is set. */
  emailIngress?: { host: string; port: number } | undefined;
  /** Shopper attachments: size cap, and an S3-compatible bucket instead of the data dir when configured. */
  attachments?: {
    maxBytes: number;
    s3:
      | {
          bucket: string;
          region: string;
          endpoint: string | undefined;
          accessKeyId: string | undefined;
          secretAccessKey: string | undefined;
          prefix: string;
        }
      | undefined;
  };
  /** The WeChat channel, on when app id, secret and token are all set. */
  wechat:
    | { appId: string; appSecret: string; token: string; aesKey: string | undefined; apiBase: string | undefined }
    | undefined;
}

function wechatConfig(e: z.infer<typeof Env>): KefuConfig["wechat"] {
  if (!e.KEFU_WECHAT_APP_ID || !e.KEFU_WECHAT_APP_SECRET || !e.KEFU_WECHAT_TOKEN) return undefined;
  return {
    appId: e.KEFU_WECHAT_APP_ID,
    appSecret: e.KEFU_WECHAT_APP_SECRET,
    token: e.KEFU_WECHAT_TOKEN,
    aesKey: e.KEFU_WECHAT_AES_KEY,
    apiBase: e.KEFU_WECHAT_API_BASE,
  };
}

/** The email channel is on when both an SMTP URL and a from-address are set. */
function emailConfig(e: z.infer<typeof Env>): KefuConfig["email"] {
  if (!e.KEFU_SMTP_URL || !e.KEFU_EMAIL_FROM) return undefined;
  const inboxes = e.KEFU_EMAIL_INBOXES?.split(",")
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a.length > 0);
  return { smtpUrl: e.KEFU_SMTP_URL, from: e.KEFU_EMAIL_FROM, fromName: e.KEFU_EMAIL_FROM_NAME, inboxes };
}

/** An endpoint (base URL + model) or a local GGUF file turns LLM mode on; neither keeps Kefu local. */
function llmConfig(e: z.infer<typeof Env>): KefuConfig["llm"] {
  const prices = { inputPerMillion: e.KEFU_LLM_PRICE_INPUT, outputPerMillion: e.KEFU_LLM_PRICE_OUTPUT };
  const common = {
    apiKey: e.KEFU_LLM_API_KEY,
    timeoutMs: e.KEFU_LLM_TIMEOUT_MS,
    maxRetries: e.KEFU_LLM_MAX_RETRIES,
    prices,
  };
  if (e.KEFU_LLM_GGUF_PATH) {
    const model = e.KEFU_LLM_MODEL ?? e.KEFU_LLM_GGUF_PATH.split(/[\\/]/).at(-1) ?? "local";
    return { ...common, baseUrl: "local:node-llama-cpp", model, ggufPath: e.KEFU_LLM_GGUF_PATH };
  }
  if (e.KEFU_LLM_BASE_URL && e.KEFU_LLM_MODEL)
    return { ...common, baseUrl: e.KEFU_LLM_BASE_URL, model: e.KEFU_LLM_MODEL };
  return undefined;
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
    dataKey: { key: e.KEFU_DATA_KEY, keyFile: e.KEFU_DATA_KEY_FILE },
    llm: llmConfig(e),
    logLevel: e.KEFU_LOG_LEVEL,
    widgetOrigins: e.KEFU_WIDGET_ORIGINS,
    corsOrigins: e.KEFU_CORS_ORIGINS,
    trustProxy: (e.KEFU_TRUST_PROXY ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    redisPrefix: e.KEFU_REDIS_PREFIX,
    limits: limitsConfig(e),
    idempotencyTtlMs: e.KEFU_IDEMPOTENCY_TTL_HOURS * 3600 * 1000,
    email: emailConfig(e),
    emailIngress:
      e.KEFU_EMAIL_INGRESS_PORT === undefined
        ? undefined
        : { host: e.KEFU_EMAIL_INGRESS_HOST, port: e.KEFU_EMAIL_INGRESS_PORT },
    wechat: wechatConfig(e),
    attachments: {
      maxBytes: e.KEFU_ATTACHMENT_MAX_BYTES,
      s3: e.KEFU_S3_BUCKET
        ? {
            bucket: e.KEFU_S3_BUCKET,
            region: e.KEFU_S3_REGION,
            endpoint: e.KEFU_S3_ENDPOINT,
            accessKeyId: e.KEFU_S3_ACCESS_KEY_ID,
            secretAccessKey: e.KEFU_S3_SECRET_ACCESS_KEY,
            prefix: e.KEFU_S3_PREFIX,
          }
        : undefined,
    },
  };
}

/** Each KEFU_LIMIT_* variable that is set overrides one default rule. */
function limitsConfig(e: z.infer<typeof Env>): Partial<RateLimits> {
  const rule = (value: string | undefined, name: string) =>
    value === undefined || value === "" ? undefined : parseLimitRule(value, name);
  const limits: Partial<RateLimits> = {
    socketsPerToken: e.KEFU_MAX_SOCKETS_PER_TOKEN,
    login: rule(e.KEFU_LIMIT_LOGIN, "KEFU_LIMIT_LOGIN"),
    loginAccount: rule(e.KEFU_LIMIT_LOGIN_ACCOUNT, "KEFU_LIMIT_LOGIN_ACCOUNT"),
    conversations: rule(e.KEFU_LIMIT_CONVERSATIONS, "KEFU_LIMIT_CONVERSATIONS"),
    messages: rule(e.KEFU_LIMIT_MESSAGES, "KEFU_LIMIT_MESSAGES"),
    handoffs: rule(e.KEFU_LIMIT_HANDOFFS, "KEFU_LIMIT_HANDOFFS"),
    socketOpens: rule(e.KEFU_LIMIT_SOCKETS, "KEFU_LIMIT_SOCKETS"),
  };
  return limits;
}
