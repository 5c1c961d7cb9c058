import { CatalogueMatcher } from "../../domain/nlu/entities/catalogue-matcher.js";
import { normalizeText } from "../../domain/nlu/normalize-text.js";
import type { Product } from "../../domain/shop/product.js";
import { ownOrder, productsOf } from "./flow-slots.js";
import { money, optionsText } from "./order-views.js";
import { say, type TurnContext } from "./turn-context.js";

/** Catalogue prices are in the shop's currency, the one orders default to. */
const SHOP_CURRENCY = { currency: "USD" };

const QUESTION_WORDS =
  /^(?:many|much|does|have|come|colou?rs?|sizes?|variants?|options?|versions?|types?|models?|there|what|which|your|this|that|with|price|cost|capacities)$/;

/** The product a question names: among the shopper's own products first, else by name in the catalogue. */
export async function productAskedAbout(ctx: TurnContext): Promise<Product | undefined> {
  const known: Product[] = [];
  if (ctx.customer) {
    for (const o of await ctx.deps.reads.ordersOf(ctx.customer.id)) known.push(...(await productsOf(ctx, o)));
  }
  const mentioned = new CatalogueMatcher(known).match(normalizeText(ctx.text), ctx.text);
  const hit = mentioned.find((m) => m.type === "product");
  if (hit?.type === "product") return known.find((p) => p.id === hit.productId);
  // The NLU's catalogue entity names products the shopper never bought ("保温水杯").
  const names = ctx.understanding.nlu.entities.filter((e) => e.type === "product").map((e) => e.value);
  const words = normalizeText(ctx.text).match(/[a-z]{4,}|[\u4e00-\u9fff]{2,}/g) ?? [];
  for (const w of [...names, ...words.filter((x) => !QUESTION_WORDS.test(x))]) {
    const [found] = await ctx.deps.reads.findProducts(w);
    if (found) return found;
  }
  return itemInFlow(ctx);
}

/** "what colours does it come in?" in the middle of an exchange: "it" is the item being changed. */
async function itemInFlow(ctx: TurnContext): Promise<Product | undefined> {
  const slots = ctx.state.active?.slots;
  const order = slots?.orderId && ctx.customer ? await ownOrder(ctx, slots.orderId) : undefined;
  const item = order?.items[slots?.itemIndexes?.[0] ?? (order.items.length === 1 ? 0 : -1)];
  return item ? ctx.deps.reads.product(item.productId) : undefined;
}

function productName(ctx: TurnContext, product: Product): string {
  return ctx.locale === "zh" && product.nameZh ? product.nameZh : product.name;
}

/** "how many colours does the backpack come in?", "保温水杯有几种容量": the variants and which are in stock. */
async function answerVariants(ctx: TurnContext, product: Product): Promise<void> {
  const inStock = product.variants.filter((v) => v.available);
  say(
    ctx,
    "data_variants",
    {
      product: productName(ctx, product),
      count: product.variants.length,
      inStock: inStock.length,
      list: inStock.map((v) => optionsText(v.options)).join(", ") || "-",
    },
    { step: "data:variant_count" },
  );
}

/** "how much is the tactile mechanical keyboard?": the price of the variants the question narrows to. */
async function answerPrice(ctx: TurnContext, product: Product): Promise<void> {
  const asked = new CatalogueMatcher([product])
    .match(normalizeText(ctx.text), ctx.text)
    .flatMap((m) => (m.type === "variant_option" ? [m.value.toLowerCase()] : []));
  const fits = product.variants.filter((v) =>
    asked.every((a) => Object.values(v.options).some((o) => o.toLowerCase() === a)),
  );
  const list = (fits.length ? fits : product.variants)
    .map((v) => `${optionsText(v.options)}: ${money(SHOP_CURRENCY, v.priceCents, ctx.locale)}`)
    .join(", ");
  say(ctx, "data_price", { product: productName(ctx, product), list }, { step: "data:product_price" });
}

/** Answers a catalogue question; false when no product of the shop is named. */
export async function answerProductQuestion(
  ctx: TurnContext,
  topic: "variant_count" | "product_price",
): Promise<boolean> {
  const product = await productAskedAbout(ctx);
  if (!product) return false;
  if (topic === "variant_count") await answerVariants(ctx, product);
  else await answerPrice(ctx, product);
  return true;
}
