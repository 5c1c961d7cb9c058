import type { Repositories } from "../../application/ports/store.js";
import { afterSalesRepository } from "./repositories/after-sales-repository.js";
import { auditRepository } from "./repositories/audit-repository.js";
import { cannedReplyRepository } from "./repositories/canned-reply-repository.js";
import { channelThreadRepository } from "./repositories/channel-thread-repository.js";
import { conversationRepository } from "./repositories/conversation-repository.js";
import { customerRepository } from "./repositories/customer-repository.js";
import { handoffRepository } from "./repositories/handoff-repository.js";
import { idempotencyRepository } from "./repositories/idempotency-repository.js";
import { identityRepository } from "./repositories/identity-repository.js";
import { jobRepository } from "./repositories/job-repository.js";
import { kbRepository } from "./repositories/kb-repository.js";
import { messageRepository } from "./repositories/message-repository.js";
import { orderRepository } from "./repositories/order-repository.js";
import { productRepository } from "./repositories/product-repository.js";
import { reviewRepository } from "./repositories/review-repository.js";
import { sessionRepository } from "./repositories/session-repository.js";
import { settingsRepository } from "./repositories/settings-repository.js";
import { staffRepository } from "./repositories/staff-repository.js";
import { webhookDeliveryRepository, webhookEndpointRepository } from "./repositories/webhook-repositories.js";
import type { StoreContext } from "./store-context.js";

/** Every repository bound to one connection or transaction. */
export function createRepositories(ctx: StoreContext): Repositories {
  return {
    customers: customerRepository(ctx),
    products: productRepository(ctx),
    orders: orderRepository(ctx),
    afterSales: afterSalesRepository(ctx),
    conversations: conversationRepository(ctx),
    messages: messageRepository(ctx),
    handoffs: handoffRepository(ctx),
    kb: kbRepository(ctx),
    audit: auditRepository(ctx),
    staff: staffRepository(ctx),
    sessions: sessionRepository(ctx),
    idempotency: idempotencyRepository(ctx),
    settings: settingsRepository(ctx),
    reviews: reviewRepository(ctx),
    jobs: jobRepository(ctx),
    identity: identityRepository(ctx),
    webhookEndpoints: webhookEndpointRepository(ctx),
    webhookDeliveries: webhookDeliveryRepository(ctx),
    channelThreads: channelThreadRepository(ctx),
    cannedReplies: cannedReplyRepository(ctx),
  };
}
