import type { Awaiting } from "../../../domain/dialog/dialog-state.js";
import type { FlowSlot } from "../../../domain/dialog/flow-specs.js";
import { itemsSlot, variantSlot } from "./item-slots.js";
import { paymentSlot } from "./payment-slot.js";
import type { SlotModule } from "./slot-module.js";
import { addressSlot, detailsSlot, reasonSlot } from "./text-slots.js";

const SLOTS: readonly SlotModule[] = [itemsSlot, variantSlot, paymentSlot, addressSlot, reasonSlot, detailsSlot];

/** The module that asks for and reads a slot (the order slot is handled by the flow runner). */
export function slotModule(slot: FlowSlot): SlotModule | undefined {
  return SLOTS.find((s) => s.slot === slot);
}

/** The module whose question is pending. */
export function slotAwaited(awaiting: Awaiting | undefined): SlotModule | undefined {
  return SLOTS.find((s) => s.awaiting === awaiting);
}
