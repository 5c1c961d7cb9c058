import type { FastifyRequest } from "fastify";
import type { StaffRole, StaffUser } from "../../../domain/staff/staff-user.js";

/** Who is calling: a logged-in staff member, or a shopper holding one conversation's widget token. */
export type Principal =
  | {
      kind: "staff";
      user: StaffUser;
      tokenHash: string /** When the session ends (sockets close then). */;
      expiresAt?: string;
    }
  | { kind: "shopper"; conversationId: string };

declare module "fastify" {
  interface FastifyRequest {
    /** Set by the authenticate hook when a valid bearer token came with the request. */
    principal: Principal | undefined;
  }
}

/** A stable key for scoping idempotency records and rate limits. */
export function principalKey(request: FastifyRequest): string {
  const p = request.principal;
  if (!p) return `anon:${request.ip}`;
  return p.kind === "staff" ? `staff:${p.user.id}` : `shopper:${p.conversationId}`;
}

export type { StaffRole };
