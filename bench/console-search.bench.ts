// Console search over ~20k encrypted messages: the blind index (HMAC term hashes, zh bigrams)
// against the naive alternative, decrypting every message and scanning it, on SQLite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Store } from "../src/application/ports/store.js";
import { searchTerms } from "../src/domain/search/search-terms.js";
import { createStore } from "../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../test/fixtures/test-cipher.js";

const CONVERSATIONS = 400;
const PER_CONVERSATION = 50;
const EN = [
  "where is my order",
  "the parcel arrived damaged and the box was wet",
  "can I get a refund to my card",
  "I want to exchange the blue shirt for a larger size",
  "tracking says delivered but nothing came",
  "please cancel the second item",
  "the smart watch strap broke after a week",
  "do you ship to Canada",
];
const ZH = [
  "我的订单到哪了",
  "包裹破损了，盒子也湿了",
  "我想申请退货退款",
  "蓝色衬衫想换大一号",
  "物流显示已签收但我没收到",
  "请取消第二件商品",
];
const QUERIES = ["refund card", "damaged parcel", "退货", "包裹破损", "w0012345", "strap broke", "canada"];

function text(i: number): string {
  const base = i % 3 === 0 ? ZH[Math.floor(i / 3) % ZH.length] : EN[i % EN.length];
  return `${base} #W${String(10000 + (i % 5000)).padStart(7, "0")}`;
}

async function seed(store: Store): Promise<number> {
  const now = new Date().toISOString();
  let n = 0;
  const started = performance.now();
  for (let c = 0; c < CONVERSATIONS; c++) {
    const id = `bench_${c}`;
    await store.transaction(async (tx) => {
      await tx.conversations.create({
        id,
        channel: "widget",
        locale: c % 3 === 0 ? "zh" : "en",
        status: "resolved",
        state: {},
        createdAt: now,
        updatedAt: now,
        lastSeq: 0,
      });
      for (let m = 0; m < PER_CONVERSATION; m++) {
        await tx.messages.append({ conversationId: id, author: "customer", text: text(n++), payload: {} });
      }
    });
  }
  return (n / (performance.now() - started)) * 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

async function time(run: () => Promise<unknown>, rounds: number): Promise<{ median: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

const dir = mkdtempSync(join(tmpdir(), "kefu-bench-search-"));
const store = await createStore({ sqlitePath: join(dir, "kefu.sqlite"), logger: silentLogger, cipher: testCipher });
try {
  const appendRate = await seed(store);
  const total = CONVERSATIONS * PER_CONVERSATION;
  console.log(`seeded ${total} encrypted messages (with term index) at ${appendRate.toFixed(0)} appends/s`);
  let agree = true;
  for (const q of QUERIES) {
    const terms = searchTerms(q);
    const indexed = await time(() => store.messages.search(terms, 50), 20);
    const scan = await time(async () => {
      const all = await store.messages.listBetween("0000", "9999");
      return all.filter((m) => {
        const have = new Set(searchTerms(m.text));
        return terms.every((t) => have.has(t));
      });
    }, 3);
    // Same answers: the index's top 50 are all found by the full scan.
    const fromIndex = await store.messages.search(terms, 50);
    const all = await store.messages.listBetween("0000", "9999");
    const scanIds = new Set(
      all.filter((m) => terms.every((t) => new Set(searchTerms(m.text)).has(t))).map((m) => m.id),
    );
    agree &&= fromIndex.every((m) => scanIds.has(m.id)) && fromIndex.length === Math.min(50, scanIds.size);
    console.log(
      `${q.padEnd(16)} matches ${String(scanIds.size).padStart(5)} | blind index median ${indexed.median.toFixed(1)} ms p95 ${indexed.p95.toFixed(1)} ms | full decrypt median ${scan.median.toFixed(0)} ms | ${(scan.median / indexed.median).toFixed(0)}x`,
    );
  }
  console.log(`index and full scan agree: ${agree}`);
  if (!agree) process.exitCode = 1;
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
