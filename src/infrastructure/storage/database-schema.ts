import type { Generated } from "kysely";

/**
 * Row shapes of Kefu's tables, as Kysely sees them. Columns we filter or sort by are real columns;
 * `doc` holds the whole entity as JSON text, parsed back through the domain's zod schema on read.
 */
export interface KefuDatabase {
  customers: CustomerRow;
  products: ProductRow;
  product_variants: ProductVariantRow;
  orders: OrderRow;
  after_sales_requests: AfterSalesRow;
  conversations: ConversationRow;
  messages: MessageRow;
  message_search: MessageSearchRow;
  handoffs: HandoffRow;
  kb_articles: KbArticleRow;
  audit_events: AuditEventRow;
  staff_users: StaffUserRow;
  sessions: SessionRow;
  idempotency_records: IdempotencyRow;
  settings: SettingRow;
  reviews: ReviewRow;
  jobs: JobRow;
  identity_failures: IdentityFailureRow;
  identity_challenges: IdentityChallengeRow;
  webhook_endpoints: WebhookEndpointRow;
  webhook_deliveries: WebhookDeliveryRow;
  channel_threads: ChannelThreadRow;
  channel_message_links: ChannelMessageLinkRow;
  canned_replies: CannedReplyRow;
}

export interface CustomerRow {
  id: string;
  /** Blind index (keyed hash) of the lower-cased email; the email itself is only inside the sealed doc. */
  email_bidx: string | null;
  /** Blind index of the phone's digits, so "+1 (555) 010-2000" matches "15550102000". */
  phone_bidx: string | null;
  /** Blind index of lower-cased first name, last name and default-address zip together. */
  name_zip_bidx: string | null;
  /** Space-separated keyed hashes of whole names, email and phone, for exact-word admin search. */
  search_bidx: string | null;
  /** Lower-cased id only: names, email and phone never sit in plain text. */
  search_text: string;
  /** The customer, sealed (AES-256-GCM) by the store's FieldCipher. */
  doc: string;
}

export interface ProductRow {
  id: string;
  category: string;
  search_text: string;
  doc: string;
}

/** Maps each variant id to its product, whose doc holds the variant itself. */
export interface ProductVariantRow {
  variant_id: string;
  product_id: string;
}

export interface OrderRow {
  id: string;
  customer_id: string;
  status: string;
  /** Empty when unknown, so NULL ordering never differs between dialects. */
  placed_at: string;
  /** Authoritative optimistic-concurrency counter; overrides the doc's copy. */
  version: number;
  search_text: string;
  doc: string;
}

export interface AfterSalesRow {
  id: string;
  order_id: string;
  customer_id: string;
  kind: string;
  status: string;
  created_at: string;
  doc: string;
}

export interface ConversationRow {
  id: string;
  status: string;
  assignee_id: string | null;
  customer_id: string | null;
  created_at: string;
  updated_at: string;
  /** Authoritative last message seq; only message appends move it. */
  last_seq: number;
  /** Bumped by every update; the bot turn's guard across instances. */
  version: Generated<number>;
  doc: string;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  client_message_id: string | null;
  created_at: string;
  doc: string;
}

/**
 * Blind index of message bodies, one row per message (migration 015): the keyed hashes of its search
 * terms, space-separated in an FTS5 table on SQLite, a text[] on PostgreSQL (read and written only in
 * message-search-index.ts, which knows the dialect).
 */
export interface MessageSearchRow {
  message_id: string;
  created_at: string;
  terms: string;
}

export interface HandoffRow {
  id: string;
  conversation_id: string;
  status: string;
  priority: number;
  created_at: string;
  doc: string;
}

export interface KbArticleRow {
  id: string;
  doc: string;
}

export interface AuditEventRow {
  id: string;
  at: string;
  actor_type: string;
  actor_id: string;
  action: string;
  entity_id: string;
  doc: string;
}

export interface StaffUserRow {
  id: string;
  email_lower: string;
  doc: string;
}

export interface SessionRow {
  token_hash: string;
  user_id: string;
  expires_at: string;
  created_at: string;
}

export interface IdempotencyRow {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
  /** Added by migration 005; null only for rows written before it by an older server. */
  expires_at: string | null;
}

export interface SettingRow {
  key: string;
  /** Any JSON value, as text. */
  value: string;
}

export interface ReviewRow {
  id: string;
  product_id: string | null;
  category: string;
  created_at: string;
  doc: string;
}

export interface JobRow {
  id: string;
  type: string;
  status: string;
  run_at: string;
  attempts: number;
  locked_until: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  payload: string;
  created_at: string;
}

/** One failed verification under one key (customer, hashed fact, client); migration 004. */
export interface IdentityFailureRow {
  id: string;
  scope_key: string;
  at: string;
}

/** A one-time code sent for verification; only its hash is kept; migration 004. */
export interface IdentityChallengeRow {
  id: string;
  conversation_id: string;
  customer_id: string | null;
  channel: string;
  code_hash: string;
  attempts: number;
  created_at: string;
  expires_at: string;
  consumed_at: string | null;
}

export interface WebhookEndpointRow {
  id: string;
  created_at: string;
  doc: string;
}

export interface WebhookDeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  status: string;
  created_at: string;
  doc: string;
}

export interface ChannelThreadRow {
  conversation_id: string;
  channel: string;
  last_sent_seq: number;
  doc: string;
}

export interface ChannelMessageLinkRow {
  channel: string;
  external_id: string;
  conversation_id: string;
}

/** A canned reply (migration 014); `actions` is a JSON array of macro steps. */
export interface CannedReplyRow {
  id: string;
  locale: string;
  shortcut: string;
  title: string;
  body: string;
  actions: string;
  created_at: string;
  updated_at: string;
}
