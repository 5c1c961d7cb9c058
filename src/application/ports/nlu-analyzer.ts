import type { Locale } from "../../domain/locale.js";
import type { NluResult } from "../../domain/nlu/nlu-result.js";

/** Local understanding of one message, using models Kefu trained itself. */
export interface NluAnalyzer {
  analyze(text: string, hints?: { locale?: Locale }): NluResult;
}
