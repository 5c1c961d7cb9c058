import { type DialogFlow, flowOfAction } from "../../domain/dialog/flow-specs.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { ShopPolicy } from "../../domain/policy/shop-policy.js";
import type { Address } from "../../domain/shop/address.js";
import type { Clock } from "../ports/clock.js";
import type { IdGenerator } from "../ports/id-generator.js";
import type { Store } from "../ports/store.js";
import {
  type AfterSalesAction,
  type AfterSalesDeps,
  type AfterSalesResult,
  cancelOrder,
  exchangeOrderItems,
  loadShopPolicy,
  modifyOrderAddress,
  modifyOrderItems,
  modifyOrderPayment,
  type OrderActionInput,
  planAmountCents,
  previewAction,
  previewAllActions,
  requestService,
  returnOrderItems,
  updateDefaultAddress,
} from "../use-cases/after-sales/index.js";
import type { ActionPreview, ActionRequest, ActionResult, AfterSalesActions } from "./after-sales-actions.js";
import { reportsQualityIssue } from "./quality-issue.js";

/** Loads the shop policy (settings key "policy", DEFAULT_POLICY otherwise). */
export type PolicyLoader = () => Promise<ShopPolicy>;

function itemsNote(request: ActionRequest): string {
  return request.itemIndexes?.length ? `(items ${request.itemIndexes.map((i) => i + 1).join(", ")})` : "";
}

/** The bot acts as itself in the audit log. */
const BOT = { type: "bot" as const, id: "kefu" };

function address(request: ActionRequest): Address {
  const a = request.address;
  return {
    line1: a?.line1 ?? "",
    line2: a?.line2 ?? "",
    city: a?.city ?? "",
    state: a?.state ?? "",
    zip: a?.zip ?? "",
    country: a?.country ?? "",
  };
}

/** The policy-checked action of a writing flow, or undefined for flows without a policy rule. */
function policyAction(r: ActionRequest): AfterSalesAction | undefined {
  const qualityIssue = reportsQualityIssue(r.reason ?? r.details);
  const items = {
    itemIndexes: r.itemIndexes ?? [],
    newVariantIds: r.newVariantIds ?? [],
    paymentMethodId: r.paymentMethodId ?? "",
  };
  switch (r.flow) {
    case "cancel_order":
      return { kind: "cancel", reason: r.reason ?? "" };
    case "modify_address":
      return { kind: "modify_address" };
    case "modify_payment":
      return { kind: "modify_payment", paymentMethodId: r.paymentMethodId ?? "" };
    case "modify_items":
      return { kind: "modify_items", ...items };
    case "exchange":
      return { kind: "exchange", ...items, qualityIssue };
    case "return":
      return {
        kind: "return",
        itemIndexes: r.itemIndexes ?? [],
        refundMethodId: r.paymentMethodId ?? "",
        qualityIssue,
      };
    default:
      return undefined;
  }
}

/** AfterSalesActions backed by the after-sales use cases (src/application/use-cases/after-sales). */
export function createUseCaseActions(deps: {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  loadPolicy?: PolicyLoader | undefined;
}): AfterSalesActions {
  const useCases: AfterSalesDeps = {
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    loadPolicy: deps.loadPolicy ?? (() => loadShopPolicy(deps.store)),
  };

  async function executeService(request: ActionRequest, base: OrderActionInput): Promise<ActionResult> {
    if (request.flow === "update_default_address") {
      await updateDefaultAddress(useCases, { customerId: request.customerId, address: address(request), actor: BOT });
      return { status: "completed" };
    }
    if (request.flow === "invoice" || request.flow === "warranty" || request.flow === "complaint") {
      const details = [request.details ?? "", itemsNote(request)].filter(Boolean).join(" ");
      const created = await requestService(useCases, { ...base, kind: request.flow, details: details || request.flow });
      return { requestId: created.id, status: created.status };
    }
    throw new KefuError("INTERNAL", `No use case for ${request.flow}`);
  }

  return {
    async preview(request): Promise<ActionPreview> {
      const action = policyAction(request);
      if (!action || !request.orderId) return { allowed: true, rules: [] };
      const decision = await previewAction(useCases, {
        orderId: request.orderId,
        customerId: request.customerId,
        action,
      });
      if (!decision.allowed) {
        return { allowed: false, rules: decision.rules, code: decision.code, reason: decision.reason };
      }
      const amountCents = planAmountCents(decision);
      return { allowed: true, rules: decision.rules, ...(amountCents !== undefined ? { amountCents } : {}) };
    },

    async eligibleFlows(orderId): Promise<Set<DialogFlow>> {
      const all = await previewAllActions(useCases, { orderId });
      const out = new Set<DialogFlow>();
      for (const [kind, standing] of Object.entries(all)) {
        const flow = flowOfAction(kind);
        if (flow && standing.allowed) out.add(flow);
      }
      return out;
    },

    async orderRefusal(orderId, flow): Promise<ActionPreview | undefined> {
      const all = await previewAllActions(useCases, { orderId });
      const standing = Object.entries(all).find(([kind]) => flowOfAction(kind) === flow)?.[1];
      // A quality problem the shopper has not mentioned yet can still make it allowed.
      if (!standing || standing.allowed || standing.code === "QUALITY_ISSUE_REQUIRED") return undefined;
      return {
        allowed: false,
        rules: standing.rules,
        ...(standing.code ? { code: standing.code } : {}),
        ...(standing.reason ? { reason: standing.reason } : {}),
      };
    },

    async execute(request): Promise<ActionResult> {
      const base: OrderActionInput = {
        orderId: request.orderId ?? "",
        customerId: request.customerId,
        actor: BOT,
        conversationId: request.conversationId,
      };
      const action = policyAction(request);
      let result: AfterSalesResult;
      switch (action?.kind) {
        case "cancel":
          result = await cancelOrder(useCases, { ...base, reason: action.reason });
          break;
        case "modify_address":
          result = await modifyOrderAddress(useCases, { ...base, address: address(request) });
          break;
        case "modify_payment":
          result = await modifyOrderPayment(useCases, { ...base, paymentMethodId: action.paymentMethodId });
          break;
        case "modify_items":
          result = await modifyOrderItems(useCases, { ...base, ...action });
          break;
        case "exchange":
          result = await exchangeOrderItems(useCases, { ...base, ...action });
          break;
        case "return":
          result = await returnOrderItems(useCases, { ...base, ...action });
          break;
        default:
          return executeService(request, base);
      }
      return { requestId: result.request.id, amountCents: result.request.amountCents, status: result.request.status };
    },
  };
}
