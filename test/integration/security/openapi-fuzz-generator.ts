/** A small request generator for fuzzing: valid-ish and hostile values from an OpenAPI 3 document. */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
}

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/v1/orders/{id}. */
  path: string;
  parameters: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
  body?: JsonSchema;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What kind of case this is, for the failure report. */
  kind: string;
}

/** Deterministic PRNG (mulberry32) so a seed always yields the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every operation of the document with its parameters and JSON body schema. */
export function operationsOf(doc: unknown): Operation[] {
  if (!isRecord(doc) || !isRecord(doc.paths)) return [];
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isRecord(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isRecord(op)) continue;
      const parameters = Array.isArray(op.parameters) ? (op.parameters as Operation["parameters"]) : [];
      const content = isRecord(op.requestBody) && isRecord(op.requestBody.content) ? op.requestBody.content : {};
      const json = content["application/json"];
      const body = isRecord(json) && isRecord(json.schema) ? (json.schema as JsonSchema) : undefined;
      ops.push({ method: method.toUpperCase(), path, parameters, ...(body ? { body } : {}) });
    }
  }
  return ops;
}

/** Strings an attacker would try: control characters, traversal, injection, odd unicode, huge values. */
export const HOSTILE_STRINGS: readonly string[] = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m",
  "\u007f",
  "line\r\nX-Injected: 1",
  "../../../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "' OR '1'='1' --",
  '"; DROP TABLE orders; --',
  "<script>alert(1)</script>",
  ["$", "{jndi:ldap://x}"].join(""),
  "%s%s%s%n",
  "\ud800",
  "\udfff\ud800",
  "𝕂𝕖𝕗𝕦 🙂👩‍👩‍👧",
  "\u202eevil\u202c",
  "退货退款 我的手机号是13912345678",
  "",
  " ",
  "null",
  "-1",
  "1e309",
  "NaN",
  "__proto__",
  "constructor",
  "x".repeat(201),
  "y".repeat(5_000),
  "z".repeat(70_000),
];

const VALUES_OF_WRONG_TYPE: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 60),
  [],
  {},
  [[]],
  { a: { b: {} } },
  "1",
];

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
}

/** A value that mostly matches the schema; `hostility` (0..1) is the chance of each part going bad. */
export function valueFor(schema: JsonSchema, rng: () => number, hostility: number, depth = 0): unknown {
  if (rng() < hostility) return rng() < 0.6 ? pick(rng, HOSTILE_STRINGS) : pick(rng, VALUES_OF_WRONG_TYPE);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return valueFor(pick(rng, variants), rng, hostility, depth);
  if (schema.allOf?.[0]) return valueFor(schema.allOf[0], rng, hostility, depth);
  if (schema.enum && schema.enum.length > 0) return pick(rng, schema.enum);
  switch (typeOf(schema)) {
    case "string":
      if (schema.format === "email") return `fuzz${Math.floor(rng() * 1000)}@example.com`;
      if (schema.format === "date-time") return new Date(Date.UTC(2026, 0, 1 + Math.floor(rng() * 300))).toISOString();
      return `fuzz-${Math.floor(rng() * 1e6).toString(36)}`.slice(0, schema.maxLength ?? 64);
    case "integer":
    case "number": {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? 100, min + 100);
      return min + Math.floor(rng() * (max - min + 1));
    }
    case "boolean":
      return rng() < 0.5;
    case "array": {
      if (depth > 3 || !schema.items) return [];
      const n = Math.floor(rng() * 3);
      return Array.from({ length: n }, () => valueFor(schema.items ?? {}, rng, hostility, depth + 1));
    }
    case "object": {
      const out: Record<string, unknown> = {};
      if (depth > 3) return out;
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        const required = schema.required?.includes(key) ?? false;
        if (required || rng() < 0.5) out[key] = valueFor(prop, rng, hostility, depth + 1);
      }
      if (rng() < hostility) out[pick(rng, HOSTILE_STRINGS).slice(0, 50)] = pick(rng, HOSTILE_STRINGS);
      return out;
    }
    default:
      return pick(rng, ["fuzz", 1, true, null]);
  }
}

/** encodeURIComponent, except that lone surrogates (which it refuses) become the bytes of one, invalid UTF-8. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

/** How a query or path value is written into the URL: encoded, double-encoded or broken encoding. */
function encodeForUrl(value: unknown, rng: () => number): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  const r = rng();
  if (r < 0.75) return encode(text.slice(0, 3_000));
  if (r < 0.85) return encode(encode(text.slice(0, 200)));
  return pick(rng, ["%", "%zz", "%c0%af", "%ff%fe", "%00", "a%2", "%E4%B8", "..%00/"]);
}

export interface GeneratorContext {
  /** Known ids (conversations, orders, customers, KB articles) so some requests reach real records. */
  knownIds: readonly string[];
  /** Bearer headers to rotate through (an empty object is anonymous). */
  callers: ReadonlyArray<Record<string, string>>;
  /** Operations whose valid bodies start expensive work (training); they only get hostile bodies. */
  hostileBodyOnly: (op: Operation) => boolean;
}

const BAD_JSON = ["{", '{"a":', "[1,2,", "\u0000", '{"a":1,}', "nul", "{'a':1}", '"unterminated', "1".repeat(400)];
const CONTENT_TYPES = [
  "text/plain",
  "application/xml",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/json; charset=utf-16",
  "application/octet-stream",
  "",
];

/** One request for an operation; `mode` picks between a plausible call and the various hostile shapes. */
export function generateRequest(op: Operation, rng: () => number, ctx: GeneratorContext): FuzzRequest {
  const mode = rng();
  const hostility = mode < 0.35 ? 0 : mode < 0.7 ? 0.15 : 0.5;
  let kind = hostility === 0 ? "valid-ish" : "hostile-values";
  let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = op.parameters.find((p) => p.in === "path" && p.name === name);
    const r = rng();
    if (r < 0.45) return encode(pick(rng, ctx.knownIds));
    if (r < 0.6 && param?.schema) return encodeForUrl(valueFor(param.schema, rng, 0), rng);
    if (r < 0.7) {
      kind = "long-param";
      return "p".repeat(pick(rng, [201, 501, 2_000, 9_000]));
    }
    return encodeForUrl(pick(rng, HOSTILE_STRINGS), rng);
  });
  const query: string[] = [];
  for (const param of op.parameters.filter((p) => p.in === "query")) {
    if (param.required || rng() < 0.5) {
      query.push(`${param.name}=${encodeForUrl(valueFor(param.schema ?? {}, rng, hostility), rng)}`);
    }
  }
  if (rng() < 0.1) query.push(`${encodeForUrl(pick(rng, HOSTILE_STRINGS), rng)}=${encodeForUrl("x", rng)}`);
  if (rng() < 0.05) query.push("a[b][c]=1&a=2&a=3");
  if (rng() < 0.03) {
    kind = "long-url";
    query.push(`pad=${"q".repeat(9_000)}`);
  }
  if (rng() < 0.03) path = `${path}/..%2f..%2f`;
  const headers: Record<string, string> = { ...pick(rng, ctx.callers) };
  const url = query.length > 0 ? `${path}?${query.join("&")}` : path;
  if (op.method === "GET" || op.method === "DELETE") return { method: op.method, url, headers, kind };

  const shape = rng();
  if (shape < 0.1) {
    headers["content-type"] = "application/json";
    return { method: op.method, url, headers, payload: pick(rng, BAD_JSON), kind: "bad-json" };
  }
  if (shape < 0.18) {
    const type = pick(rng, CONTENT_TYPES);
    if (type) headers["content-type"] = type;
    return { method: op.method, url, headers, payload: "a=1&b=<x/>", kind: "wrong-content-type" };
  }
  if (shape < 0.21) {
    headers["content-type"] = "application/json";
    const big = JSON.stringify({ text: "b".repeat(1_100_000) });
    return { method: op.method, url, headers, payload: big, kind: "too-large" };
  }
  headers["content-type"] = "application/json";
  if (ctx.hostileBodyOnly(op)) {
    return { method: op.method, url, headers, payload: JSON.stringify(pick(rng, HOSTILE_STRINGS)), kind };
  }
  const body = op.body ? valueFor(op.body, rng, hostility) : rng() < 0.5 ? {} : valueFor({}, rng, 0.5);
  return { method: op.method, url, headers, payload: JSON.stringify(body) ?? "null", kind };
}
