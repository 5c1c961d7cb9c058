import { z } from "zod";
import { Locale } from "../locale.js";

/** A knowledge-base article the bot answers from and cites. */
export const KbArticle = z.object({
  id: z.string().min(1),
  locale: Locale,
  title: z.string().min(1),
  body: z.string().min(1),
  tags: z.array(z.string()).default([]),
  updatedAt: z.string().datetime().optional(),
});
export type KbArticle = z.infer<typeof KbArticle>;
