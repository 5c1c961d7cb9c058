import type { FastifyInstance, FastifyRequest } from "fastify";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { requireShopper, requireStaff } from "../auth/guards.js";

/**
 * Who may call a route: anyone, a shopper's widget token, any staff member, an admin, or a staff
 * member or shopper (the socket). Routes under /api/v1 default to "staff".
 */
export type RouteAccess = "public" | "shopper" | "staff" | "admin" | "staff-or-shopper";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Checked before parsing and validation, so a caller without the role never sees the route's schema errors. */
    access?: RouteAccess;
  }
}

const API_ROOT = "/api/";

/** The route's declared access, or the default for where it lives. */
export function accessOf(request: FastifyRequest): RouteAccess {
  const declared = request.routeOptions.config.access;
  if (declared) return declared;
  return (request.routeOptions.url ?? "").startsWith(API_ROOT) ? "staff" : "public";
}

/** Throws 401/403 (404 for another shopper's conversation is left to the route) when the caller lacks access. */
export function checkAccess(request: FastifyRequest, access: RouteAccess): void {
  switch (access) {
    case "public":
      return;
    case "shopper":
      requireShopper(request);
      return;
    case "staff":
      requireStaff(request);
      return;
    case "admin":
      requireStaff(request, ["admin"]);
      return;
    case "staff-or-shopper":
      if (!request.principal) throw new KefuError("UNAUTHENTICATED", "A widget or staff token is required");
  }
}

/**
 * Runs the access check in onRequest (after the principal is resolved), before the body is even
 * parsed, so no route's schema answers a caller without the role.
 */
export function enforceRouteAccess(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    checkAccess(request, accessOf(request));
  });
}

/** Gives every route a plugin registers after this call a default access (a route's own config wins). */
export function defaultRouteAccess(app: FastifyInstance, access: RouteAccess): void {
  app.addHook("onRoute", (route) => {
    route.config = { access, ...route.config };
  });
}
