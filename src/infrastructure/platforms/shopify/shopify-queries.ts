/** GraphQL Admin API documents Kefu sends; fields follow the public Admin API reference. */

const ADDRESS = "address1 address2 city provinceCode zip countryCodeV2";

export const CUSTOMERS = `query Customers($cursor: String) {
  customers(first: 50, after: $cursor) {
    pageInfo { hasNextPage endCursor }
    nodes { id firstName lastName email phone createdAt defaultAddress { ${ADDRESS} } }
  }
}`;

export const PRODUCTS = `query Products($cursor: String) {
  products(first: 50, after: $cursor) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title productType description
      variants(first: 100) { nodes { id price sku availableForSale selectedOptions { name value } } }
    }
  }
}`;

const ORDER_FIELDS = `id name createdAt updatedAt cancelledAt currencyCode displayFinancialStatus displayFulfillmentStatus
  customer { id }
  shippingAddress { ${ADDRESS} }
  lineItems(first: 100) { nodes { id name quantity currentQuantity variantTitle variant { id } product { id } originalUnitPriceSet { shopMoney { amount } } } }
  fulfillments { status deliveredAt trackingInfo { number company }
    fulfillmentLineItems(first: 100) { nodes { id quantity lineItem { id } } } }
  transactions { id kind status gateway amountSet { shopMoney { amount } } }
  refunds { id note return { id } refundLineItems(first: 100) { nodes { quantity lineItem { id } } } }
  returns(first: 20) { nodes { id status
    returnLineItems(first: 100) { nodes { ... on ReturnLineItem { id quantity fulfillmentLineItem { lineItem { id } } } } }
    exchangeLineItems(first: 100) { nodes { id quantity variantId } } } }`;

export const ORDERS = `query Orders($cursor: String, $query: String) {
  orders(first: 50, after: $cursor, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes { ${ORDER_FIELDS} }
  }
}`;

export const ORDER = `query Order($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

export const ORDER_CANCEL = `mutation OrderCancel($orderId: ID!, $reason: OrderCancelReason!, $staffNote: String) {
  orderCancel(orderId: $orderId, reason: $reason, refund: true, restock: true, notifyCustomer: true, staffNote: $staffNote) {
    job { id }
    orderCancelUserErrors { field message code }
  }
}`;

// Shopify dedupes refunds by the @idempotent key (API 2026-01+, mandatory from 2026-04).
export const REFUND_CREATE = `mutation RefundCreate($input: RefundInput!, $idempotencyKey: String!) {
  refundCreate(input: $input) @idempotent(key: $idempotencyKey) {
    refund { id }
    userErrors { field message }
  }
}`;

export const ORDER_UPDATE_ADDRESS = `mutation OrderUpdate($input: OrderInput!) {
  orderUpdate(input: $input) {
    order { id }
    userErrors { field message }
  }
}`;

// Returns API: a return of fulfilled items is opened, then processed with a refund of the captured sale.
export const RETURN_CREATE = `mutation ReturnCreate($returnInput: ReturnInput!) {
  returnCreate(returnInput: $returnInput) {
    return { id status returnLineItems(first: 100) { nodes { ... on ReturnLineItem { id quantity fulfillmentLineItem { lineItem { id } } } } }
      exchangeLineItems(first: 100) { nodes { id quantity variantId } } }
    userErrors { field message }
  }
}`;

export const RETURN_PROCESS = `mutation ReturnProcess($input: ReturnProcessInput!) {
  returnProcess(input: $input) {
    return { id status refunds(first: 5) { nodes { id } } }
    userErrors { field message }
  }
}`;

/** Closes a return Kefu opened when the refund was refused, so the shop's Returns list shows nothing half-done. */
export const RETURN_CANCEL = `mutation ReturnCancel($id: ID!) {
  returnCancel(id: $id) {
    return { id status }
    userErrors { field message }
  }
}`;

// Order editing (scope write_order_edits): begin a calculated order, stage changes, commit them in one go.
const CALCULATED_LINES = "lineItems(first: 100) { nodes { id quantity variant { id } } }";

export const ORDER_EDIT_BEGIN = `mutation OrderEditBegin($id: ID!) {
  orderEditBegin(id: $id) {
    calculatedOrder { id ${CALCULATED_LINES} }
    userErrors { field message }
  }
}`;

export const ORDER_EDIT_SET_QUANTITY = `mutation OrderEditSetQuantity($id: ID!, $lineItemId: ID!, $quantity: Int!, $restock: Boolean) {
  orderEditSetQuantity(id: $id, lineItemId: $lineItemId, quantity: $quantity, restock: $restock) {
    calculatedLineItem { id quantity }
    userErrors { field message }
  }
}`;

export const ORDER_EDIT_ADD_VARIANT = `mutation OrderEditAddVariant($id: ID!, $variantId: ID!, $quantity: Int!, $allowDuplicates: Boolean) {
  orderEditAddVariant(id: $id, variantId: $variantId, quantity: $quantity, allowDuplicates: $allowDuplicates) {
    calculatedLineItem { id quantity variant { id } }
    userErrors { field message }
  }
}`;

export const ORDER_EDIT_COMMIT = `mutation OrderEditCommit($id: ID!, $notifyCustomer: Boolean, $staffNote: String) {
  orderEditCommit(id: $id, notifyCustomer: $notifyCustomer, staffNote: $staffNote) {
    order { id lineItems(first: 100) { nodes { id currentQuantity variant { id } } } }
    userErrors { field message }
  }
}`;
