import { advanceFlow } from "../advance-flow.js";
import { applyCorrection } from "../apply-correction.js";
import { wouldSwitch } from "./flow-switch-handler.js";
import type { TurnHandler } from "./turn-handler.js";

/** "Actually the other order", "no, item 2", "不对，是第二件": replaces an earlier answer and re-asks. */
export const handleCorrection: TurnHandler = async (ctx) => {
  if (ctx.turn.answered || ctx.turn.startedFlow || wouldSwitch(ctx)) return false;
  if (!(await applyCorrection(ctx))) return false;
  await advanceFlow(ctx);
  return true;
};
