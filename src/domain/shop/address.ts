import { z } from "zod";

/** A postal address; `line2`/`state` are optional because Chinese addresses rarely use them. */
export const Address = z.object({
  line1: z.string().min(1),
  line2: z.string().default(""),
  city: z.string().min(1),
  state: z.string().default(""),
  zip: z.string().default(""),
  country: z.string().min(1),
});
export type Address = z.infer<typeof Address>;
