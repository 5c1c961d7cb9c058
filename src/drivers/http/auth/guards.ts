import type { FastifyRequest } from "fastify";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { StaffRole, StaffUser } from "../../../domain/staff/staff-user.js";

/** The calling staff user; 401 without a session, 403 when the role is not among `roles`. */
export function requireStaff(request: FastifyRequest, roles: StaffRole[] = ["admin", "agent"]): StaffUser {
  const p = request.principal;
  if (!p) throw new KefuError("UNAUTHENTICATED", "Log in first (Authorization: Bearer <token>)");
  if (p.kind !== "staff") throw new KefuError("FORBIDDEN", "Staff access only");
  if (!roles.includes(p.user.role)) {
    throw new KefuError("FORBIDDEN", `Requires role ${roles.join(" or ")}`, { details: { role: p.user.role } });
  }
  return p.user;
}

/** preHandler form, for route options: `config: { access: "admin" }`. */
export function requireRole(...roles: StaffRole[]) {
  return async (request: FastifyRequest): Promise<void> => {
    requireStaff(request, roles.length > 0 ? roles : undefined);
  };
}

/**
 * The shopper's conversation id; a token for another conversation gets 404 (not 403) so
 * conversation ids cannot be probed.
 */
export function requireShopper(request: FastifyRequest, conversationId?: string): string {
  const p = request.principal;
  if (!p) throw new KefuError("UNAUTHENTICATED", "A widget token is required");
  if (p.kind !== "shopper") throw new KefuError("FORBIDDEN", "Widget token required");
  if (conversationId !== undefined && conversationId !== p.conversationId) {
    throw new KefuError("CONVERSATION_NOT_FOUND", `Conversation ${conversationId} does not exist`);
  }
  return p.conversationId;
}
