import type { CannedAction } from "../../../src/contract/canned-replies.js";
import { api } from "../shared/api-client.js";

/** The console endpoint each macro step calls, the same ones the pane's buttons use. */
const ENDPOINT: Record<CannedAction, (conversationId: string) => string> = {
  assign_me: (id) => `/conversations/${id}/assign`,
  handback: (id) => `/conversations/${id}/handback`,
  resolve: (id) => `/conversations/${id}/resolve`,
};

/** Runs a canned reply's actions in order; stops at the first that fails and returns it with its error. */
export async function runCannedActions(
  conversationId: string,
  actions: readonly CannedAction[],
): Promise<{ failed: CannedAction; error: unknown } | undefined> {
  for (const action of actions) {
    try {
      await api.post(ENDPOINT[action](conversationId));
    } catch (error) {
      return { failed: action, error };
    }
  }
  return undefined;
}
