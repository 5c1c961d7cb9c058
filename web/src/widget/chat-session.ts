import type { ShopperConversation, ShopperMessage } from "../../../src/contract/entities.js";
import type { OpenedConversation, ShopperMessageList } from "../../../src/contract/widget-api.js";
import { api } from "../shared/api-client.js";
import type { Locale } from "../shared/i18n.js";

const SESSION_KEY = "kefu.widget.session";

/** The shopper's conversation and its scoped token, kept across page loads of the shop. */
export interface ChatSession {
  conversationId: string;
  token: string;
}

export function readSession(): ChatSession | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      "conversationId" in parsed &&
      "token" in parsed &&
      typeof parsed.conversationId === "string" &&
      typeof parsed.token === "string"
    ) {
      return { conversationId: parsed.conversationId, token: parsed.token };
    }
  } catch {
    // Unreadable or no storage: start over.
  }
  return undefined;
}

export function saveSession(session: ChatSession | undefined): void {
  try {
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // No storage: the chat lasts for this page view.
  }
}

export interface OpenedChat {
  session: ChatSession;
  conversation: ShopperConversation;
  messages: ShopperMessage[];
}

let opening: Promise<OpenedChat> | undefined;

/**
 * A shopper identity signed by the shop's backend, handed over by the loader in the URL fragment
 * (never sent to a server in a URL) and removed from the address at once. See docs/identity.md.
 */
const signedIdentity: string | undefined = (() => {
  try {
    const token = new URLSearchParams(location.hash.slice(1)).get("identity") ?? undefined;
    if (token) history.replaceState(null, "", `${location.pathname}${location.search}`);
    return token && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? token : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * Continues the stored conversation when its token still works, else opens a new one. Calls
 * made while one is in flight share it, so a re-run effect never opens a second conversation.
 */
export function openChat(locale: Locale): Promise<OpenedChat> {
  opening ??= resumeOrStart(locale).finally(() => {
    opening = undefined;
  });
  return opening;
}

async function resumeOrStart(locale: Locale): Promise<OpenedChat> {
  const stored = readSession();
  if (stored) {
    try {
      const opts = { token: stored.token };
      const conversation = await api.get<ShopperConversation>(`/widget/conversations/${stored.conversationId}`, opts);
      // A signed-in shopper gets a verified chat instead of an anonymous one kept from before.
      if (signedIdentity && !conversation.verifiedCustomerId) return startChat(locale);
      const { items } = await api.get<ShopperMessageList>(
        `/widget/conversations/${stored.conversationId}/messages?after=0&limit=500`,
        opts,
      );
      return { session: stored, conversation, messages: items };
    } catch {
      saveSession(undefined);
    }
  }
  return startChat(locale);
}

export async function startChat(locale: Locale): Promise<OpenedChat> {
  const res = await api.post<OpenedConversation>(
    "/widget/conversations",
    signedIdentity ? { locale, identity: signedIdentity } : { locale },
    { token: null },
  );
  const session = { conversationId: res.conversation.id, token: res.token };
  saveSession(session);
  return { session, conversation: res.conversation, messages: res.messages };
}
