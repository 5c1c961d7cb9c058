import type { FlowSlots } from "../../domain/dialog/dialog-state.js";
import type { TurnContext } from "./turn-context.js";

/** Updates the active flow's slots. */
export function setSlots(ctx: TurnContext, patch: Partial<FlowSlots>): void {
  const active = ctx.state.active;
  if (!active) return;
  ctx.state = { ...ctx.state, active: { ...active, slots: { ...active.slots, ...patch } } };
}

/** The awaited answer was given: store it and stop awaiting. */
export function progress(ctx: TurnContext, patch: Partial<FlowSlots>): void {
  setSlots(ctx, patch);
  ctx.state = { ...ctx.state, awaiting: undefined, failures: 0 };
  ctx.progressed = true;
}

/** Slots that depend on the order (cleared when the order changes). */
export const ORDER_DEPENDENT: Partial<FlowSlots> = {
  itemIndexes: undefined,
  newVariantIds: undefined,
  paymentMethodId: undefined,
};
