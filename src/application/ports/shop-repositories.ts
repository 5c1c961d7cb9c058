import type { AfterSalesRequest } from "../../domain/shop/after-sales-request.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Order, OrderStatus } from "../../domain/shop/order.js";
import type { Product, Variant } from "../../domain/shop/product.js";
import type { Page, PageRequest } from "./page.js";

export interface CustomerRepository {
  get(id: string): Promise<Customer | undefined>;
  /** Case-insensitive exact match. */
  findByEmail(email: string): Promise<Customer | undefined>;
  /** Case-insensitive names, exact zip of the default address. */
  findByNameAndZip(firstName: string, lastName: string, zip: string): Promise<Customer | undefined>;
  findByPhone(phone: string): Promise<Customer | undefined>;
  /** `query` matches id, name, email or phone substrings. */
  list(filter: { query?: string } & PageRequest): Promise<Page<Customer>>;
  /** Insert or replace by id. */
  upsert(customer: Customer): Promise<void>;
}

export interface ProductRepository {
  get(id: string): Promise<Product | undefined>;
  getVariant(variantId: string): Promise<Variant | undefined>;
  list(filter: { query?: string; category?: string } & PageRequest): Promise<Page<Product>>;
  /** Every product, for building the NLU catalogue matcher and recommenders. */
  all(): Promise<Product[]>;
  upsert(product: Product): Promise<void>;
}

export interface OrderRepository {
  get(id: string): Promise<Order | undefined>;
  listByCustomer(customerId: string): Promise<Order[]>;
  list(filter: { status?: OrderStatus; customerId?: string; query?: string } & PageRequest): Promise<Page<Order>>;
  all(): Promise<Order[]>;
  /** Insert or replace by id, ignoring versions (imports). */
  upsert(order: Order): Promise<void>;
  /**
   * Writes `order` only if the stored version equals `order.version`, then stores version+1.
   * Throws KefuError VERSION_CONFLICT otherwise.
   */
  update(order: Order): Promise<Order>;
}

export interface AfterSalesRepository {
  create(request: AfterSalesRequest): Promise<void>;
  get(id: string): Promise<AfterSalesRequest | undefined>;
  update(request: AfterSalesRequest): Promise<void>;
  listByOrder(orderId: string): Promise<AfterSalesRequest[]>;
  list(
    filter: { status?: AfterSalesRequest["status"]; kind?: AfterSalesRequest["kind"] } & PageRequest,
  ): Promise<Page<AfterSalesRequest>>;
}
