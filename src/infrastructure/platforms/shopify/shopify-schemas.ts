import { z } from "zod";

const Money = z.object({ shopMoney: z.object({ amount: z.string() }) });
export const ShopifyAddress = z
  .object({
    address1: z.string().nullish(),
    address2: z.string().nullish(),
    city: z.string().nullish(),
    provinceCode: z.string().nullish(),
    zip: z.string().nullish(),
    countryCodeV2: z.string().nullish(),
  })
  .nullish();
export type ShopifyAddress = z.infer<typeof ShopifyAddress>;

const PageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() });

export const ShopifyCustomer = z.object({
  id: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  createdAt: z.string().nullish(),
  defaultAddress: ShopifyAddress,
});

export const ShopifyProduct = z.object({
  id: z.string(),
  title: z.string(),
  productType: z.string().nullish(),
  description: z.string().nullish(),
  variants: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        price: z.string(),
        sku: z.string().nullish(),
        availableForSale: z.boolean(),
        selectedOptions: z.array(z.object({ name: z.string(), value: z.string() })),
      }),
    ),
  }),
});

const FulfillmentLineItem = z.object({
  id: z.string(),
  quantity: z.number().int(),
  lineItem: z.object({ id: z.string() }),
});

/** A return on the order (Returns API); its line items name the order's line items through their fulfilment. */
export const ShopifyReturn = z.object({
  id: z.string(),
  status: z.string(),
  returnLineItems: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        quantity: z.number().int(),
        fulfillmentLineItem: z.object({ lineItem: z.object({ id: z.string() }) }),
      }),
    ),
  }),
  /** New variants sent in exchange (a return with exchange line items). */
  exchangeLineItems: z
    .object({
      nodes: z.array(z.object({ id: z.string(), quantity: z.number().int(), variantId: z.string().nullish() })),
    })
    .default({ nodes: [] }),
});
export type ShopifyReturn = z.infer<typeof ShopifyReturn>;

export const ShopifyOrder = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  cancelledAt: z.string().nullish(),
  currencyCode: z.string(),
  displayFinancialStatus: z.string().nullish(),
  displayFulfillmentStatus: z.string(),
  customer: z.object({ id: z.string() }).nullish(),
  shippingAddress: ShopifyAddress,
  lineItems: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        quantity: z.number().int().positive(),
        /** Units still on the order after order edits removed some. */
        currentQuantity: z.number().int().nonnegative().nullish(),
        variantTitle: z.string().nullish(),
        variant: z.object({ id: z.string() }).nullish(),
        product: z.object({ id: z.string() }).nullish(),
        originalUnitPriceSet: Money,
      }),
    ),
  }),
  fulfillments: z.array(
    z.object({
      status: z.string(),
      deliveredAt: z.string().nullish(),
      trackingInfo: z.array(z.object({ number: z.string().nullish(), company: z.string().nullish() })),
      /** What each fulfilment shipped: the Returns API names returned items by these. */
      fulfillmentLineItems: z.object({ nodes: z.array(FulfillmentLineItem) }).default({ nodes: [] }),
    }),
  ),
  transactions: z.array(
    z.object({ id: z.string(), kind: z.string(), status: z.string(), gateway: z.string().nullish(), amountSet: Money }),
  ),
  refunds: z.array(
    z.object({
      id: z.string(),
      note: z.string().nullish(),
      return: z.object({ id: z.string() }).nullish(),
      /** Units each refund took back, by line: refunded units stay in Kefu's order (they were bought and returned). */
      refundLineItems: z
        .object({ nodes: z.array(z.object({ quantity: z.number().int(), lineItem: z.object({ id: z.string() }) })) })
        .default({ nodes: [] }),
    }),
  ),
  returns: z.object({ nodes: z.array(ShopifyReturn) }).default({ nodes: [] }),
});
export type ShopifyOrder = z.infer<typeof ShopifyOrder>;

export const connection = <T extends z.ZodType>(node: T) => z.object({ pageInfo: PageInfo, nodes: z.array(node) });
export const UserErrors = z.array(z.object({ field: z.array(z.string()).nullish(), message: z.string() }));

/** A line of a calculated order (an order edit) or of the order an edit committed. */
export const ShopifyEditLine = z.object({
  id: z.string(),
  quantity: z.number().int().optional(),
  currentQuantity: z.number().int().nullish(),
  variant: z.object({ id: z.string() }).nullish(),
});
