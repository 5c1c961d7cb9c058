import type { Review } from "../../../domain/insights/review.js";
import { daysAgo } from "./demo-timeline.js";

/** [product id, category, rating, text, days ago]. */
type Row = readonly [string, string, number, string, number];

const ROWS: readonly Row[] = [
  ["keyboard", "electronics", 5, "Great keyboard, the clicky switches feel amazing and shipping was fast.", 2],
  ["keyboard", "electronics", 2, "键盘灯光很好看，但是用了两天有个键不灵了，质量一般。", 5],
  ["tshirt", "clothing", 4, "Soft cotton, fits well. The blue is a bit darker than in the photos.", 3],
  ["tshirt", "clothing", 2, "T恤洗了一次就缩水了，尺码偏小，有点失望。", 6],
  ["earbuds", "electronics", 5, "耳机音质很好，降噪效果不错，续航也很长，非常满意！", 4],
  ["earbuds", "electronics", 1, "The left earbud stopped charging after a week. Terrible quality.", 8],
  ["shoes", "sports", 4, "Comfortable for long runs, though delivery took longer than promised.", 10],
  ["bottle", "home", 5, "保温效果很好，一整天水都是热的，物流也很快。", 12],
  ["watch", "electronics", 3, "Nice screen but the battery barely lasts two days.", 9],
  ["teaset", "home", 5, "茶具做工精致，包装很用心，送人很合适。", 15],
  ["backpack", "accessories", 4, "Roomy and well made. Customer service answered quickly.", 18],
  ["kettle", "home", 2, "水壶有塑料味，客服回复太慢了。", 20],
];

/** A dozen bilingual product reviews for the insights screens. */
export function buildDemoReviews(now: Date): Review[] {
  return ROWS.map(([productId, category, rating, text, days], i) => ({
    id: `review-demo-${String(i + 1).padStart(2, "0")}`,
    productId,
    category,
    rating,
    text,
    createdAt: daysAgo(now, days),
  }));
}
