import type { ActiveFlow, Awaiting } from "../../../domain/dialog/dialog-state.js";
import type { FlowSlot } from "../../../domain/dialog/flow-specs.js";
import type { Order } from "../../../domain/shop/order.js";
import type { TurnContext } from "../turn-context.js";

/**
 * One slot's extractor, validator and prompt: `ensure` fills it without asking when the request
 * or the order already decides it (else asks, returning false); `fill` reads the awaited answer.
 */
export interface SlotModule {
  slot: FlowSlot;
  awaiting: Awaiting;
  ensure(ctx: TurnContext, flow: ActiveFlow, order: Order | undefined): Promise<boolean>;
  fill(ctx: TurnContext, flow: ActiveFlow, order: Order | undefined): Promise<void>;
}
