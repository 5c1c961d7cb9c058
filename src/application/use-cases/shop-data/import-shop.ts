import type { Repositories, Store } from "../../ports/store.js";
import { loadIdentitySettings, saveIdentitySettings } from "../identity/identity-settings-store.js";
import { checkShopReferences } from "./check-shop-references.js";
import { emptyCounts, type ImportProgress, type ImportReport, type SectionCounts } from "./import-report.js";
import { listAllCustomers } from "./list-all-customers.js";
import { SHOP_SECTIONS, type ShopDocument } from "./shop-document.js";
import { stableJson } from "./stable-json.js";
import { validateShopDocument } from "./validate-shop-document.js";

export interface ImportShopOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Validate and count what would change, but write nothing. */
  dryRun?: boolean;
  /** The format the document was read from; a τ² import also selects the τ²-compatible identity rule. */
  format?: string;
}

/** How one section's records are read, compared and written. */
interface SectionWriter<T extends { id: string }> {
  records: readonly T[];
  get(id: string): Promise<T | undefined>;
  /** Every stored record, read in one go when the section is large (one query beats thousands). */
  all(): Promise<T[]>;
  put(record: T, existing: T | undefined): Promise<void>;
  /** Projection compared to decide "unchanged". */
  comparable?(record: T): unknown;
}

/**
 * Imports a shop document (a ShopDocument or raw parsed JSON of that shape).
 * Every record is validated first; any error means nothing is written (all-or-nothing, one
 * transaction). Records are upserted by id and identical ones are skipped, so importing the
 * same document twice leaves the store as it was.
 */
export async function importShop(store: Store, doc: unknown, options: ImportShopOptions = {}): Promise<ImportReport> {
  const { onProgress } = options;
  const { doc: parsed, errors } = validateShopDocument(doc);
  const total = SHOP_SECTIONS.reduce((n, s) => n + parsed[s].length, 0);
  onProgress?.({ phase: "validate", done: 0, total });
  if (errors.length === 0) errors.push(...(await checkShopReferences(store, parsed)));
  onProgress?.({ phase: "validate", done: total, total });
  const counts = emptyCounts();
  if (errors.length > 0) return { ok: false, written: false, counts, errors };
  const dryRun = options.dryRun === true;
  let done = 0;
  const tick = () => {
    done += 1;
    if (done % 50 === 0 || done === total) onProgress?.({ phase: "write", done, total });
  };
  const run = async (repos: Repositories) => {
    const w = writers(repos, parsed);
    // One call per section keeps each section's record type; the order is the dependency order.
    await importSection(w.customers, counts.customers, dryRun, tick);
    await importSection(w.products, counts.products, dryRun, tick);
    await importSection(w.orders, counts.orders, dryRun, tick);
    await importSection(w.kbArticles, counts.kbArticles, dryRun, tick);
    await importSection(w.reviews, counts.reviews, dryRun, tick);
    // τ² tasks verify shoppers by email, or name + zip: the shop's chat must accept what its shoppers know.
    if (options.format === "tau2" && !dryRun) await selectImportedKnowledgeRule(repos, "tau2");
  };
  if (dryRun) await run(store);
  else await store.transaction(run);
  return { ok: true, written: !dryRun, counts, errors: [] };
}

/** How each section is read and written. */
function writers(repos: Repositories, doc: ShopDocument) {
  type StoredOrder = ShopDocument["orders"][number];
  return {
    customers: section(doc.customers, repos.customers, () => listAllCustomers(repos)),
    products: section(doc.products, repos.products, () => repos.products.all()),
    orders: {
      records: doc.orders,
      get: (id: string) => repos.orders.get(id),
      all: () => repos.orders.all(),
      // A changed order gets a version above the stored one, so an edit read before the import conflicts.
      put: (o: StoredOrder, old: StoredOrder | undefined) =>
        repos.orders.upsert(old ? { ...o, version: Math.max(o.version, old.version + 1) } : o),
      // Versions move on every write, so they do not count as a change.
      comparable: (o: StoredOrder) => ({ ...o, version: 0 }),
    } satisfies SectionWriter<StoredOrder>,
    kbArticles: section(doc.kbArticles, repos.kb, () => repos.kb.all()),
    reviews: section(doc.reviews, repos.reviews, () => repos.reviews.all()),
  };
}

function section<T extends { id: string }>(
  records: readonly T[],
  repo: { get(id: string): Promise<T | undefined>; upsert(record: T): Promise<void> },
  all: () => Promise<T[]>,
): SectionWriter<T> {
  return { records, get: (id) => repo.get(id), put: (record) => repo.upsert(record), all };
}

/** Sections this large are compared against one bulk read instead of a lookup per record. */
const BULK_READ_FROM = 100;

/** A by-id reader over the stored records: bulk for large sections, one lookup each for small ones. */
async function storedReader<T extends { id: string }>(writer: SectionWriter<T>) {
  if (writer.records.length < BULK_READ_FROM) return (id: string) => writer.get(id);
  const stored = new Map((await writer.all()).map((r) => [r.id, r]));
  return async (id: string) => stored.get(id);
}

async function importSection<T extends { id: string }>(
  writer: SectionWriter<T>,
  counts: SectionCounts,
  dryRun: boolean,
  tick: () => void,
): Promise<void> {
  const stored = await storedReader(writer);
  for (const record of writer.records) {
    await importRecord(writer, stored, record, counts, dryRun);
    tick();
  }
}

async function importRecord<T extends { id: string }>(
  writer: SectionWriter<T>,
  stored: (id: string) => Promise<T | undefined>,
  record: T,
  counts: SectionCounts,
  dryRun: boolean,
): Promise<void> {
  const existing = await stored(record.id);
  const view = writer.comparable ?? ((r: T) => r);
  if (existing !== undefined && stableJson(view(existing)) === stableJson(view(record))) {
    counts.unchanged += 1;
    return;
  }
  if (existing === undefined) counts.created += 1;
  else counts.updated += 1;
  if (!dryRun) await writer.put(record, existing);
}

async function selectImportedKnowledgeRule(repos: Repositories, rule: "tau2"): Promise<void> {
  const current = await loadIdentitySettings(repos);
  if (current.knowledge.rule !== rule)
    await saveIdentitySettings(repos, { ...current, knowledge: { ...current.knowledge, rule } });
}
