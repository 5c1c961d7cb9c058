import { z } from "zod";

/** The two languages Kefu speaks; extend here and in the reply templates together. */
export const Locale = z.enum(["en", "zh"]);
export type Locale = z.infer<typeof Locale>;
