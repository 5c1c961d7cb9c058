import { z } from "zod";

/** The review aspects Kefu tracks. */
export const Aspect = z.enum(["quality", "logistics", "packaging", "service", "price", "size", "authenticity"]);
export type Aspect = z.infer<typeof Aspect>;

/** Display names for dashboards and CLI tables. */
export const ASPECT_LABELS: Readonly<Record<Aspect, { en: string; zh: string }>> = {
  quality: { en: "Quality", zh: "质量" },
  logistics: { en: "Delivery", zh: "物流" },
  packaging: { en: "Packaging", zh: "包装" },
  service: { en: "Service", zh: "服务" },
  price: { en: "Price", zh: "价格" },
  size: { en: "Size / fit", zh: "尺码" },
  authenticity: { en: "Authenticity", zh: "正品" },
};
