import type { Actor, AuditEvent } from "../../domain/audit/audit-event.js";
import type { KbArticle } from "../../domain/kb/kb-article.js";
import type { StaffUser } from "../../domain/staff/staff-user.js";
import type { Page, PageRequest } from "./page.js";

export interface KbRepository {
  get(id: string): Promise<KbArticle | undefined>;
  all(): Promise<KbArticle[]>;
  upsert(article: KbArticle): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export interface AuditRepository {
  append(event: AuditEvent): Promise<void>;
  list(
    filter: { actor?: Actor; action?: string; entityId?: string; since?: string } & PageRequest,
  ): Promise<Page<AuditEvent>>;
}

export interface StaffRepository {
  get(id: string): Promise<StaffUser | undefined>;
  findByEmail(email: string): Promise<StaffUser | undefined>;
  list(): Promise<StaffUser[]>;
  upsert(user: StaffUser): Promise<void>;
}

/** A login session; only the token's SHA-256 is stored. */
export interface SessionRecord {
  tokenHash: string;
  userId: string;
  expiresAt: string;
  createdAt: string;
}

export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  get(tokenHash: string): Promise<SessionRecord | undefined>;
  delete(tokenHash: string): Promise<void>;
  /** Ends every session of a user; returns how many there were. */
  deleteByUser(userId: string): Promise<number>;
  /** Drops sessions that expired at or before `nowIso`; returns how many. */
  deleteExpired(nowIso: string): Promise<number>;
}

/** The stored outcome of a mutating request, replayed when the same key comes again. */
export interface IdempotencyRecord {
  key: string;
  /** Principal + method + route, so keys from different callers never collide. */
  scope: string;
  /** Hash of the request body; a reused key with a different body is rejected. */
  requestHash: string;
  statusCode: number;
  responseBody: string;
  createdAt: string;
  /** After this the record is ignored and swept; claims and replays never outlive it. */
  expiresAt: string;
}

export interface IdempotencyRepository {
  get(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** Returns false when a record for (scope, key) already exists. */
  put(record: IdempotencyRecord): Promise<boolean>;
  /** Stores the response over a claim (a record put with statusCode 0 while its request runs). */
  finish(record: IdempotencyRecord): Promise<void>;
  /** Drops a claim still pending (statusCode 0) created at `createdAt`, so the key can be used again. */
  release(scope: string, key: string, createdAt: string): Promise<void>;
  /** Deletes records that expired at or before `nowIso`; returns how many. */
  deleteExpired(nowIso: string): Promise<number>;
}

/** Named opaque JSON documents: shop policy, settings, active model versions. */
export interface SettingsRepository {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}
