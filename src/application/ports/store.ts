import type {
  AuditRepository,
  IdempotencyRepository,
  KbRepository,
  SessionRepository,
  SettingsRepository,
  StaffRepository,
} from "./admin-repositories.js";
import type { ConversationRepository, HandoffRepository, MessageRepository } from "./conversation-repositories.js";
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
  webhookEndpoints: WebhookEndpointRepository;
  webhookDeliveries: WebhookDeliveryRepository;
}

/** The storage port: repositories plus all-or-nothing transactions. */
export interface Store extends Repositories {
  /** Which adapter this is, for logs and diagnostics. */
  readonly dialect: "sqlite" | "postgres";
  /** Runs `work` in one transaction; everything it wrote is rolled back if it throws. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
