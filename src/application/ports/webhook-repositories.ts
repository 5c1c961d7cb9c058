import type { WebhookDelivery, WebhookEndpoint } from "../../domain/webhooks/webhook-endpoint.js";
import type { Page, PageRequest } from "./page.js";

export interface WebhookEndpointRepository {
  list(): Promise<WebhookEndpoint[]>;
  get(id: string): Promise<WebhookEndpoint | undefined>;
  upsert(endpoint: WebhookEndpoint): Promise<void>;
  delete(id: string): Promise<boolean>;
}

export interface WebhookDeliveryRepository {
  /** Stores a new delivery; false when one for (endpointId, eventId) exists, so re-scans never send twice. */
  createIfAbsent(delivery: WebhookDelivery): Promise<boolean>;
  get(id: string): Promise<WebhookDelivery | undefined>;
  update(delivery: WebhookDelivery): Promise<void>;
  /** Newest first. */
  listByEndpoint(
    endpointId: string,
    page: PageRequest & { status?: WebhookDelivery["status"] },
  ): Promise<Page<WebhookDelivery>>;
}
