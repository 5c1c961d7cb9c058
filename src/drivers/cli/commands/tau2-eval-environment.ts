import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DialogEvalEnvironmentFactory } from "../../../application/evals/dialog-eval-environment.js";
import type { Store } from "../../../application/ports/store.js";
import { importShop } from "../../../application/use-cases/shop-data/import-shop.js";
import { ShopDocument } from "../../../application/use-cases/shop-data/shop-document.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { TAU2_POLICY } from "../../../domain/policy/shop-policy.js";
import { readImportFile } from "../../../infrastructure/import/read-import-file.js";
import { JiebaSegmenter } from "../../../infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../../../infrastructure/nlu/load-default-nlu.js";
import { loadConfig } from "../../config/load-config.js";
import { demoEvalEnvironment } from "./demo-eval-environment.js";

/** Where the τ² retail data lives beside the repository (read at run time, never copied in). */
export const TAU2_DB_PATH = "../shared/data/tau2-retail/db.json";

/** The default path from the working directory, or from a parent (a git worktree sits one level deeper). */
export function locateTau2Db(path: string = TAU2_DB_PATH): string {
  if (path !== TAU2_DB_PATH) return path;
  const found = [path, join("..", path), join("..", "..", path)].find((p) => existsSync(p));
  return found ?? path;
}

/** The τ² shop converted to Kefu's shop document, the way `kefu import` reads it. */
export async function readTau2Shop(path: string): Promise<{ raw: unknown; shop: ShopDocument }> {
  const source = await readImportFile(path, "tau2");
  if (source.errors.length > 0) {
    throw new KefuError("IMPORT_INVALID", `${path} is not a τ² retail db.json: ${source.errors[0]?.message ?? ""}`);
  }
  return { raw: source.doc, shop: ShopDocument.parse(source.doc) };
}

/** Imports the τ² shop and selects the τ² policy, as an admin following docs would. */
async function seedTau2(store: Store, raw: unknown): Promise<void> {
  const report = await importShop(store, raw, { format: "tau2" });
  if (!report.ok)
    throw new KefuError("IMPORT_INVALID", `the τ² shop did not import: ${report.errors[0]?.message ?? ""}`);
  await store.settings.set("policy", TAU2_POLICY);
}

/** Fresh τ²-imported stores with the server's bot wiring and Kefu's NLU over the τ² catalogue. */
export async function tau2EvalEnvironment(path: string): Promise<{
  shop: ShopDocument;
  environment: DialogEvalEnvironmentFactory;
}> {
  const { raw, shop } = await readTau2Shop(locateTau2Db(path));
  const config = loadConfig();
  const nlu = await loadDefaultNlu({
    dataDir: config.dataDir,
    catalogue: shop.products,
    segmenter: new JiebaSegmenter(),
  });
  return { shop, environment: demoEvalEnvironment({ nlu, seed: (store) => seedTau2(store, raw) }) };
}
