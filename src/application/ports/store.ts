import type {
  AuditRepository,
  IdempotencyRepository,
  KbRepository,
  SessionRepository,
  SettingsRepository,
  StaffRepository,
} from "./admin-repositories.js";
import type { CannedReplyRepository } from "./canned-reply-repository.js";
import type { ChannelThreadRepository } from "./channel-repositories.js";
import type { ConversationRepository, HandoffRepository, MessageRepository } from "./conversation-repositories.js";
import type { IdentityRepository } from "./identity-repositories.js";
import type { JobRepository, ReviewRepository } from "./insight-repositories.js";
import type {
  AfterSalesRepository,
  CustomerRepository,
  OrderRepository,
  ProductRepository,
} from "./shop-repositories.js";
import type { WebhookDeliveryRepository, WebhookEndpointRepository } from "./webhook-repositories.js";

/** Every repository Kefu persists through. */
export interface Repositories {
  customers: CustomerRepository;
  products: ProductRepository;
  orders: OrderRepository;
  afterSales: AfterSalesRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  handoffs: HandoffRepository;
  kb: KbRepository;
  audit: AuditRepository;
  staff: StaffRepository;
  sessions: SessionRepository;
  idempotency: IdempotencyRepository;
  settings: SettingsRepository;
  reviews: ReviewRepository;
  jobs: JobRepository;
  identity: IdentityRepository;
  webhookEndpoints: WebhookEndpointRepository;
  webhookDeliveries: WebhookDeliveryRepository;
  channelThreads: ChannelThreadRepository;
  cannedReplies: CannedReplyRepository;
}

/** Live counters of the database connection(s) behind a store, for tests and benches. */
export interface StoreStats {
  /** Transactions committed, plus writing statements run outside a transaction (each autocommits). */
  commits: number;
  rollbacks: number;
  /** SQL statements sent, begin/commit/rollback excluded. */
  statements: number;
}

/** The storage port: repositories plus all-or-nothing transactions. */
export interface Store extends Repositories {
  /** Which adapter this is, for logs and diagnostics. */
  readonly dialect: "sqlite" | "postgres";
  /** Counters shared by every store on the same connection (one SQLite file per process shares one); read deltas. */
  readonly stats: Readonly<StoreStats>;
  /** Runs `work` in one transaction; everything it wrote is rolled back if it throws. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs `hook` once the transaction this call chain is in has committed (never, if it rolls back),
   * or at once outside a transaction. Events leave only after their writes are durable.
   */
  afterCommit(hook: () => unknown): Promise<void>;
  close(): Promise<void>;
}
