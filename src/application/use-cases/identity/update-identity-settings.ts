import { randomBytes } from "node:crypto";
import type { Actor } from "../../../domain/audit/audit-event.js";
import type { IdentitySettings, KnowledgeRule } from "../../../domain/identity/identity-settings.js";
import type { Clock } from "../../ports/clock.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Repositories, Store } from "../../ports/store.js";
import { loadIdentitySettings, saveIdentitySettings } from "./identity-settings-store.js";

export interface IdentitySettingsDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
}

/** A fresh per-shop signing secret: 32 random bytes, base64url. */
export const newSigningSecret = (): string => randomBytes(32).toString("base64url");

async function audited(
  deps: IdentitySettingsDeps,
  actor: Actor,
  action: string,
  change: (current: IdentitySettings) => IdentitySettings,
  details: (next: IdentitySettings) => Record<string, unknown>,
): Promise<IdentitySettings> {
  return deps.store.transaction(async (tx: Repositories) => {
    const next = change(await loadIdentitySettings(tx));
    await saveIdentitySettings(tx, next);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor,
      action,
      entityType: "settings",
      entityId: "identity",
      details: details(next),
    });
    return next;
  });
}

/** What an audit entry says about the settings: modes and limits, never a secret or an SMTP password. */
const summary = (s: IdentitySettings) => ({
  signed: s.signed.enabled,
  otp: s.otp.enabled,
  knowledge: s.knowledge.enabled ? s.knowledge.rule : "off",
  lockout: s.lockout,
});

/**
 * Replaces the identity policy. The signing secret is never taken from the request: it is kept,
 * and generated the first time signed identity is switched on.
 */
export function updateIdentitySettings(
  deps: IdentitySettingsDeps,
  actor: Actor,
  input: IdentitySettings,
): Promise<IdentitySettings> {
  return audited(
    deps,
    actor,
    "settings.identity.update",
    (current) => {
      const secret = current.signed.secret ?? (input.signed.enabled ? newSigningSecret() : undefined);
      return { ...input, signed: { ...input.signed, ...(secret ? { secret } : {}) } };
    },
    summary,
  );
}

/** Replaces the signing secret; tokens signed with the old one stop working at once. */
export function rotateSigningSecret(deps: IdentitySettingsDeps, actor: Actor): Promise<IdentitySettings> {
  return audited(
    deps,
    actor,
    "settings.identity.rotate_secret",
    (current) => ({ ...current, signed: { ...current.signed, secret: newSigningSecret() } }),
    () => ({}),
  );
}

/** Picks the knowledge rule (e.g. the τ²-compatible one when the τ² shop or policy is imported). */
export function selectKnowledgeRule(
  deps: IdentitySettingsDeps,
  actor: Actor,
  rule: KnowledgeRule,
  reason: string,
): Promise<IdentitySettings> {
  return audited(
    deps,
    actor,
    "settings.identity.rule",
    (current) => ({ ...current, knowledge: { ...current.knowledge, rule } }),
    () => ({ rule, reason }),
  );
}
