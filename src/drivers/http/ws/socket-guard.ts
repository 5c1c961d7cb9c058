import type { KefuEvent } from "../../../application/ports/event-bus.js";
import { resolvePrincipal } from "../auth/authenticate.js";
import type { Principal } from "../auth/principal.js";
import type { RouteContext } from "../route-context.js";

/** WebSocket close code for a socket whose session ended (logout, disable, role/password change, expiry). */
export const SESSION_ENDED_CLOSE = 4401;

/** How often an idle socket re-checks its session, in case a revocation event was lost. */
const RECHECK_MS = 60_000;
const MAX_TIMER_MS = 2_147_483_647;

/** The same caller still holds the same rights: same user and role, or the same conversation. */
function sameRights(a: Principal, b: Principal | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  if (a.kind === "shopper" && b.kind === "shopper") return a.conversationId === b.conversationId;
  if (a.kind === "staff" && b.kind === "staff") return a.user.id === b.user.id && a.user.role === b.user.role;
  return false;
}

/**
 * Keeps a socket tied to the session it was opened with: every frame re-checks the token, a
 * `session.revoked` event from any instance closes it at once, and a timer closes it when the
 * session expires (plus a periodic re-check for events lost in transit).
 */
export class SocketGuard {
  private ended = false;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly ctx: RouteContext,
    private readonly token: string,
    private readonly principal: Principal,
    private readonly close: (code: number, reason: string) => void,
  ) {
    if (principal.kind === "staff" && principal.expiresAt) {
      const ms = Math.min(MAX_TIMER_MS, Math.max(0, Date.parse(principal.expiresAt) - ctx.deps.clock.now().getTime()));
      this.timers.push(setTimeout(() => this.end("session expired"), ms));
    }
    const recheck = setInterval(() => void this.stillValid(), RECHECK_MS);
    this.timers.push(recheck);
    for (const t of this.timers) t.unref();
  }

  /** Whether the socket may go on; closes it when the session is gone or its rights changed. */
  async stillValid(): Promise<boolean> {
    if (this.ended) return false;
    const now = await resolvePrincipal(this.ctx.deps, this.token);
    if (sameRights(this.principal, now)) return true;
    this.end("session ended");
    return false;
  }

  /** Closes the socket when an event revokes its session. */
  onEvent(event: KefuEvent): void {
    if (event.type !== "session.revoked" || this.principal.kind !== "staff") return;
    if (event.userId !== this.principal.user.id) return;
    if (event.tokenHash !== undefined && event.tokenHash !== this.principal.tokenHash) return;
    this.end(`session ${event.reason}`);
  }

  dispose(): void {
    this.ended = true;
    for (const t of this.timers) clearTimeout(t);
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.dispose();
    this.close(SESSION_ENDED_CLOSE, reason);
  }
}
