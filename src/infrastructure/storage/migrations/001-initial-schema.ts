import type { Kysely } from "kysely";

/** Creates every table of Kefu 0.1. Portable schema-builder calls only: runs on SQLite and PostgreSQL. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable("customers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email_lower", "text", (c) => c.notNull())
    .addColumn("first_name_lower", "text", (c) => c.notNull())
    .addColumn("last_name_lower", "text", (c) => c.notNull())
    .addColumn("zip", "text", (c) => c.notNull())
    .addColumn("phone_digits", "text")
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("customers_email_idx").on("customers").column("email_lower").execute();
  await s
    .createIndex("customers_name_zip_idx")
    .on("customers")
    .columns(["last_name_lower", "first_name_lower", "zip"])
    .execute();
  await s.createIndex("customers_phone_idx").on("customers").column("phone_digits").execute();

  await s
    .createTable("products")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("products_category_idx").on("products").column("category").execute();
  await s
    .createTable("product_variants")
    .addColumn("variant_id", "text", (c) => c.primaryKey())
    .addColumn("product_id", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("product_variants_product_idx").on("product_variants").column("product_id").execute();

  await s
    .createTable("orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("placed_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("orders_customer_idx").on("orders").column("customer_id").execute();
  await s.createIndex("orders_status_idx").on("orders").columns(["status", "placed_at"]).execute();

  await s
    .createTable("after_sales_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull())
    .addColumn("customer_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("after_sales_order_idx").on("after_sales_requests").column("order_id").execute();
  await s.createIndex("after_sales_status_idx").on("after_sales_requests").columns(["status", "kind"]).execute();

  await s
    .createTable("conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("assignee_id", "text")
    .addColumn("customer_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("last_seq", "integer", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("conversations_status_idx").on("conversations").columns(["status", "updated_at"]).execute();
  await s.createIndex("conversations_assignee_idx").on("conversations").column("assignee_id").execute();
  await s.createIndex("conversations_customer_idx").on("conversations").column("customer_id").execute();
  await s.createIndex("conversations_created_idx").on("conversations").column("created_at").execute();

  await s
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("client_message_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .addUniqueConstraint("messages_conversation_seq_key", ["conversation_id", "seq"])
    .addUniqueConstraint("messages_client_id_key", ["conversation_id", "client_message_id"])
    .execute();
  await s.createIndex("messages_created_idx").on("messages").column("created_at").execute();

  await s
    .createTable("handoffs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("priority", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("handoffs_conversation_idx").on("handoffs").column("conversation_id").execute();
  await s.createIndex("handoffs_status_idx").on("handoffs").column("status").execute();
  await s.createIndex("handoffs_created_idx").on("handoffs").column("created_at").execute();

  await s
    .createTable("kb_articles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();

  await s
    .createTable("audit_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_type", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("audit_events_at_idx").on("audit_events").column("at").execute();
  await s.createIndex("audit_events_action_idx").on("audit_events").columns(["action", "at"]).execute();
  await s.createIndex("audit_events_entity_idx").on("audit_events").column("entity_id").execute();
  await s.createIndex("audit_events_actor_idx").on("audit_events").columns(["actor_type", "actor_id"]).execute();

  await s
    .createTable("staff_users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email_lower", "text", (c) => c.notNull().unique())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();

  await s
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await s
    .createTable("idempotency_records")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("status_code", "integer", (c) => c.notNull())
    .addColumn("response_body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_records_pkey", ["scope", "key"])
    .execute();

  await s
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await s
    .createTable("reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("product_id", "text")
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("doc", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("reviews_product_idx").on("reviews").column("product_id").execute();
  await s.createIndex("reviews_category_idx").on("reviews").column("category").execute();
  await s.createIndex("reviews_created_idx").on("reviews").column("created_at").execute();

  await s
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await s.createIndex("jobs_due_idx").on("jobs").columns(["status", "run_at"]).execute();
  await s.createIndex("jobs_lease_idx").on("jobs").columns(["status", "locked_until"]).execute();
  await s.createIndex("jobs_type_idx").on("jobs").column("type").execute();
}

/** Drops everything 001 created, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    "jobs",
    "reviews",
    "settings",
    "idempotency_records",
    "sessions",
    "staff_users",
    "audit_events",
    "kb_articles",
    "handoffs",
    "messages",
    "conversations",
    "after_sales_requests",
    "orders",
    "product_variants",
    "products",
    "customers",
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
