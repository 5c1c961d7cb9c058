import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Locale } from "../../../domain/locale.js";
import { CLIENT_STATE_KEY } from "../../agent/identity/identity-keys.js";
import type { ConversationDeps } from "../conversations/conversation-deps.js";
import { openConversation } from "../conversations/open-conversation.js";
import { loadIdentitySettings } from "./identity-settings-store.js";

/** Checks a signed identity token; throws IDENTITY_SIGNATURE_INVALID for anything forged or expired. */
export type SignedIdentityVerifier = (
  token: string,
  secret: string,
  now: Date,
  maxLifetimeMinutes: number,
) => Promise<{ customerId: string }>;

/**
 * Opens a widget chat. With a signed identity from the shop's site (and signed identity enabled),
 * the shopper is verified from the first message, with no questions. `client` (a hashed IP) is
 * what failed verifications of this chat also count against.
 */
export async function openShopperConversation(
  deps: ConversationDeps,
  verify: SignedIdentityVerifier,
  input: { locale?: Locale; signedIdentity?: string; client?: string },
): Promise<{ conversation: Conversation; messages: Message[] }> {
  let verifiedCustomerId: string | undefined;
  if (input.signedIdentity !== undefined) {
    const { signed } = await loadIdentitySettings(deps.store);
    if (!signed.enabled || !signed.secret) {
      throw new KefuError("IDENTITY_SIGNATURE_INVALID", "signed identity is not enabled for this shop");
    }
    const { customerId } = await verify(
      input.signedIdentity,
      signed.secret,
      deps.clock.now(),
      signed.maxLifetimeMinutes,
    );
    const customer = await deps.store.customers.get(customerId);
    if (!customer)
      throw new KefuError("IDENTITY_SIGNATURE_INVALID", "the signed identity names no customer of this shop");
    verifiedCustomerId = customer.id;
  }
  const opened = await openConversation(deps, {
    channel: "widget",
    ...(input.locale ? { locale: input.locale } : {}),
    ...(verifiedCustomerId ? { verifiedCustomerId } : {}),
    ...(input.client ? { state: { [CLIENT_STATE_KEY]: input.client } } : {}),
  });
  if (verifiedCustomerId) {
    await deps.store.audit.append({
      id: deps.ids.next("aud"),
      at: deps.clock.nowIso(),
      actor: { type: "customer", id: verifiedCustomerId },
      action: "identity.verify",
      entityType: "conversation",
      entityId: opened.conversation.id,
      details: { method: "signed" },
    });
  }
  return opened;
}
