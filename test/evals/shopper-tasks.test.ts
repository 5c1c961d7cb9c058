import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { generateShopperTasks } from "../../src/application/evals/shoppers/generate-shopper-tasks.js";
import { ScriptedShopper } from "../../src/application/evals/shoppers/scripted-shopper.js";
import type { ShopperTask } from "../../src/application/evals/shoppers/shopper-task.js";
import type { ShopDocument } from "../../src/application/use-cases/shop-data/shop-document.js";
import { TAU2_POLICY } from "../../src/domain/policy/shop-policy.js";
import { locateTau2Db, readTau2Shop } from "../../src/drivers/cli/commands/tau2-eval-environment.js";

const db = locateTau2Db();

/** Why a task's expected end state breaks the τ² policy or the data ("" when it is consistent). */
function policyProblems(task: ShopperTask, shop: ShopDocument): string[] {
  const order = shop.orders.find((o) => o.id === task.orderId);
  const customer = shop.customers.find((c) => c.id === task.customer.id);
  if (!order || !customer) return ["order or customer not in the shop"];
  const problems: string[] = [];
  const p = TAU2_POLICY;
  const variants = new Map(shop.products.flatMap((x) => x.variants.map((v) => [v.id, v] as const)));
  const wants = task.expect.newRequests ?? [];
  const allowed: Record<string, readonly string[]> = {
    cancel: p.statuses.cancel,
    modify_address: p.statuses.modifyAddress,
    modify_payment: p.statuses.modifyPayment,
    modify_items: p.statuses.modifyItems,
    return: p.statuses.return,
    exchange: p.statuses.exchange,
  };
  for (const want of wants) {
    if (!allowed[want.kind]?.includes(order.status)) problems.push(`${want.kind} not allowed for ${order.status}`);
    for (const id of want.newVariants ?? []) {
      const v = variants.get(id);
      const old = order.items[want.items?.[0] ?? -1];
      if (!v?.available) problems.push(`new variant ${id} not available`);
      if (v && old && v.productId !== old.productId) problems.push("exchange to another product");
    }
    if (want.refundTo) {
      const kind = customer.paymentMethods.find((m) => m.id === want.refundTo)?.kind;
      const original = order.payments[0]?.paymentMethodId;
      if (want.refundTo !== original && !(kind === "gift_card" && p.returnRefundTo.includes("gift_card"))) {
        problems.push(`refund to ${want.refundTo} not allowed`);
      }
    }
    if (want.paymentTo) {
      const m = customer.paymentMethods.find((x) => x.id === want.paymentTo);
      const total = order.items.reduce((s, i) => s + i.priceCents, 0);
      if (!m) problems.push("payment method not saved");
      if (want.paymentTo === order.payments[0]?.paymentMethodId) problems.push("new payment equals the old");
      if (m?.kind === "gift_card" && (m.balanceCents ?? 0) < total) problems.push("gift card does not cover");
    }
  }
  if (task.kind === "cancel" && !p.cancelReasons?.includes(task.reason ?? "")) problems.push("reason not allowed");
  if (task.kind === "refuse_cancel_delivered" && p.statuses.cancel.includes(order.status))
    problems.push("cancel allowed");
  if (task.kind.startsWith("refuse_") || task.kind === "status") {
    if (!task.expect.unchanged || wants.length > 0) problems.push("a refused or read-only goal must write nothing");
  }
  return problems;
}

describe.skipIf(!existsSync(db))("generateShopperTasks on the τ² shop", () => {
  let shop: ShopDocument;
  beforeAll(async () => {
    shop = (await readTau2Shop(db)).shop;
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const make = (seed: number) =>
      generateShopperTasks({ shop, policy: TAU2_POLICY, count: 60, seed, language: "all" });
    expect(make(7)).toEqual(make(7));
    expect(make(7).map((t) => t.orderId)).not.toEqual(make(8).map((t) => t.orderId));
  });

  it("draws every goal kind and language, each order at most once", () => {
    const tasks = generateShopperTasks({ shop, policy: TAU2_POLICY, count: 200, seed: 1, language: "all" });
    expect(tasks).toHaveLength(200);
    expect(new Set(tasks.map((t) => t.kind)).size).toBe(9);
    expect(new Set(tasks.map((t) => t.language))).toEqual(new Set(["en", "zh", "mixed"]));
    expect(new Set(tasks.map((t) => t.orderId)).size).toBe(200);
  });

  it("gives every goal an end state the τ² policy allows (or, for refusals, nothing written)", () => {
    const tasks = generateShopperTasks({ shop, policy: TAU2_POLICY, count: 400, seed: 3, language: "all" });
    const broken = tasks.map((t) => [t.id, policyProblems(t, shop)] as const).filter(([, p]) => p.length > 0);
    expect(broken).toEqual([]);
  });

  it("phrases a task the same way for a repeat and differently across repeats", () => {
    const [task] = generateShopperTasks({ shop, policy: TAU2_POLICY, count: 1, seed: 5, language: "en" });
    if (!task) throw new Error("no task");
    const first = (repeat: number) => new ScriptedShopper(task, repeat, 5).next([]);
    expect(first(0)).toBe(first(0));
    expect(new Set([0, 1, 2, 3, 4, 5].map(first)).size).toBeGreaterThan(1);
  });
});
