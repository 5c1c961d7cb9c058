import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Decision, RuleResult } from "../../../domain/policy/decision.js";

/** Returns the plan, or throws POLICY_REFUSED carrying the refusal code, bilingual reason and rules. */
export function requireAllowed<P>(decision: Decision<P>, what: string): { plan: P; rules: RuleResult[] } {
  if (decision.allowed) return { plan: decision.plan, rules: decision.rules };
  throw new KefuError("POLICY_REFUSED", `${what} refused by the shop policy: ${decision.reason.en}`, {
    details: { code: decision.code, reason: decision.reason, rules: decision.rules },
  });
}
