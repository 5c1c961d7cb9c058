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
  handoffs: HandoffRow;
  kb_articles: KbArticleRow;
  audit_events: AuditEventRow;
  staff_users: StaffUserRow;
  sessions: SessionRow;
  idempotency_records: IdempotencyRow;
  settings: SettingRow;
  reviews: ReviewRow;
  jobs: JobRow;
  webhook_endpoints: WebhookEndpointRow;
  webhook_deliveries: WebhookDeliveryRow;
}

export interface CustomerRow {
  id: string;
  email_lower: string;
  first_name_lower: string;
  last_name_lower: string;
  /** Zip of the default address. */
  zip: string;
  /** Digits of the phone number only, so "+1 (555) 010-2000" matches "15550102000". */
  phone_digits: string | null;
  /** Lower-cased id, names, email and phone for substring search. */
  search_text: string;
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
