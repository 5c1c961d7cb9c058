import type { PresenceBoard } from "../../application/presence/presence-board.js";
import type { ConversationDeps } from "../../application/use-cases/conversations/conversation-deps.js";
import type { StaffDeps } from "../../application/use-cases/staff/staff-deps.js";
import type { AppDeps } from "./app-deps.js";
import type { AbuseLimits } from "./limits/abuse-limits.js";

/** What route plugins get: the app deps plus the use-case deps built from them once. */
export interface RouteContext {
  deps: AppDeps;
  conversations: ConversationDeps;
  staff: StaffDeps;
  /** Rate limits enforced by routes and sockets. */
  limits: AbuseLimits;
  /** Who is viewing or typing where, across server instances. */
  presence: PresenceBoard;
}
