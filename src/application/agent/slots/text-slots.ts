import { validateAddress } from "../../../domain/dialog/extract/index.js";
import { type AddressReading, draftAddress, missingPartsText, readAddress } from "../address-input.js";
import { askAddress, askDetails, askReason } from "../ask-slots.js";
import { assumedCancelReason, cancelReason, savedAddressPicked } from "../flow-slots.js";
import { progress, setSlots } from "../flow-state.js";
import { say, type TurnContext } from "../turn-context.js";
import type { SlotModule } from "./slot-module.js";

/** Applies an address reading to the flow: complete → the slot; partial → keep the draft and ask for the rest. */
export function takeAddress(ctx: TurnContext, reading: AddressReading): boolean {
  if (reading.kind === "complete") {
    progress(ctx, { address: reading.address, addressDraft: undefined });
    return true;
  }
  if (reading.kind === "partial") {
    setSlots(ctx, { address: undefined, addressDraft: reading.draft });
    askMissingParts(ctx, reading.draft);
    ctx.progressed = true;
    return true;
  }
  return false;
}

function askMissingParts(ctx: TurnContext, draft: Record<string, string>): void {
  const parsed = draftAddress(draft);
  if (!parsed) {
    askAddress(ctx);
    return;
  }
  const check = validateAddress(parsed);
  ctx.state = { ...ctx.state, awaiting: "address", choices: [] };
  say(
    ctx,
    "address_missing",
    { have: check.display || "-", missing: missingPartsText(check.missing, ctx.locale) },
    { facts: [] },
  );
}

/** A postal address: typed (parsed into fields, missing parts asked for), or one of the saved ones. */
export const addressSlot: SlotModule = {
  slot: "address",
  awaiting: "address",
  async ensure(ctx, flow) {
    if (flow.slots.address) return true;
    if (flow.slots.addressDraft) askMissingParts(ctx, flow.slots.addressDraft);
    else askAddress(ctx);
    return false;
  },
  async fill(ctx, flow) {
    if (!ctx.customer) return;
    if (takeAddress(ctx, readAddress(ctx.text, flow.slots.addressDraft))) return;
    const saved = savedAddressPicked(ctx, ctx.customer);
    if (saved) return progress(ctx, { address: saved, addressDraft: undefined });
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
    const reason = cancelReason(ctx) ?? assumedCancelReason(ctx.text);
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
