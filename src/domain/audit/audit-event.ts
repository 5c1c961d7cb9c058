import { z } from "zod";

/** Who did something: a staff user, a shopper, the bot, or the system (jobs, imports). */
export const Actor = z.object({
  type: z.enum(["staff", "customer", "bot", "system"]),
  id: z.string().min(1),
});
export type Actor = z.infer<typeof Actor>;

/** An append-only record of an action, for the audit log. */
export const AuditEvent = z.object({
  id: z.string().min(1),
  at: z.string().datetime(),
  actor: Actor,
  /** Verb in dot form, e.g. order.cancel, user.login, kb.update. */
  action: z.string().min(1),
  entityType: z.string().min(1),
  entityId: z.string().min(1),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
