import { askAddress, askDetails, askReason } from "../ask-slots.js";
import { addressFromMessage, cancelReason } from "../flow-slots.js";
import { progress } from "../flow-state.js";
import { say } from "../turn-context.js";
import type { SlotModule } from "./slot-module.js";

/** A postal address: typed, or one of the saved ones. */
export const addressSlot: SlotModule = {
  slot: "address",
  awaiting: "address",
  async ensure(ctx, flow) {
    if (flow.slots.address) return true;
    askAddress(ctx);
    return false;
  },
  async fill(ctx) {
    if (!ctx.customer) return;
    const address = addressFromMessage(ctx, ctx.customer);
    if (address) return progress(ctx, { address });
    say(ctx, "address_unparsed", {}, { facts: [] });
    ctx.progressed = true;
  },
};

/** A cancel reason the shop accepts; other flows take a reason only in passing. */
export const reasonSlot: SlotModule = {
  slot: "reason",
  awaiting: "reason",
  async ensure(ctx, flow) {
    if (flow.slots.reason || flow.name !== "cancel_order") return true;
    askReason(ctx);
    return false;
  },
  async fill(ctx) {
    const reason = cancelReason(ctx);
    if (reason) progress(ctx, { reason });
  },
};

/** A description of the problem (warranty, complaint). */
export const detailsSlot: SlotModule = {
  slot: "details",
  awaiting: "details",
  async ensure(ctx, flow) {
    if (flow.slots.details) return true;
    askDetails(ctx);
    return false;
  },
  async fill(ctx) {
    if (ctx.text.trim().length >= 2) progress(ctx, { details: ctx.text.trim() });
  },
};
