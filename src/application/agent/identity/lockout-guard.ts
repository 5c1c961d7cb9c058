import type { IdentitySettings } from "../../../domain/identity/identity-settings.js";
import { type FailureKeys, lockedKeys, newlyLocked, windowStart } from "../../../domain/identity/lockout.js";
import type { Clock } from "../../ports/clock.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Store } from "../../ports/store.js";

export interface LockoutDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
}

type LockoutSettings = IdentitySettings["lockout"];

const all = (keys: FailureKeys) => [...keys.subjects, ...keys.clients];

/** Whether any customer, fact or client of this attempt is locked out right now. */
export async function isLockedOut(deps: LockoutDeps, keys: FailureKeys, settings: LockoutSettings): Promise<boolean> {
  const since = windowStart(deps.clock.now().getTime(), settings.windowMinutes);
  const counts = await deps.store.identity.countFailures(all(keys), since);
  return lockedKeys(keys, counts, settings).length > 0;
}

/**
 * Counts one failed attempt under every key; a key reaching its limit writes one audit event.
 * Returns whether the attempt left anything locked.
 */
export async function recordFailedAttempt(
  deps: LockoutDeps,
  keys: FailureKeys,
  settings: LockoutSettings,
  context: { conversationId: string; method: string },
): Promise<boolean> {
  const now = deps.clock.now();
  const since = windowStart(now.getTime(), settings.windowMinutes);
  const counts = await deps.store.transaction(async (tx) => {
    await tx.identity.recordFailure(all(keys), now.toISOString());
    return tx.identity.countFailures(all(keys), since);
  });
  for (const key of newlyLocked(keys, counts, settings)) {
    await deps.store.audit.append({
      id: deps.ids.next("aud"),
      at: now.toISOString(),
      actor: { type: "system", id: "identity" },
      action: "identity.lockout",
      entityType: keys.clients.includes(key) ? "client" : "customer",
      entityId: key,
      details: {
        failures: counts.get(key) ?? 0,
        windowMinutes: settings.windowMinutes,
        conversationId: context.conversationId,
        method: context.method,
      },
    });
  }
  // Failures older than a day no longer count anywhere; prune now and then, on a failure only.
  if (now.getUTCMinutes() % 10 === 0) await deps.store.identity.prune(windowStart(now.getTime(), 24 * 60));
  return lockedKeys(keys, counts, settings).length > 0;
}

/** A successful verification forgets the customer's and facts' failures (never the client's). */
export async function forgetFailures(deps: LockoutDeps, subjects: readonly string[]): Promise<void> {
  await deps.store.identity.clearFailures(subjects);
}
