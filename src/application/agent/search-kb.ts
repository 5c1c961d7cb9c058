import type { KbArticle } from "../../domain/kb/kb-article.js";
import { type KbHit, KbRetriever, type KbThreshold } from "../../domain/kb/kb-retriever.js";
import type { Locale } from "../../domain/locale.js";
import type { Segmenter } from "../../domain/nlu/segmenter.js";
import type { KbRepository } from "../ports/admin-repositories.js";

/** KB search over the store's articles; the index is rebuilt only when articles change. */
export interface KbSearch {
  search(query: string, options?: { locale?: Locale; limit?: number }): Promise<KbHit[]>;
  /** The best article good enough to answer from, if any. */
  best(query: string, locale?: Locale): Promise<KbHit | undefined>;
}

function fingerprint(articles: readonly KbArticle[]): string {
  return articles
    .map((a) => `${a.id}@${a.updatedAt ?? ""}#${a.title.length}:${a.body.length}`)
    .sort()
    .join("|");
}

/** Builds the KB search use case (shared by the bot and GET /kb/search). */
export function createKbSearch(deps: {
  store: { kb: Pick<KbRepository, "all"> };
  segmenter: Segmenter;
  threshold?: KbThreshold;
}): KbSearch {
  let cached: { key: string; retriever: KbRetriever } | undefined;
  async function retriever(): Promise<KbRetriever> {
    const articles = await deps.store.kb.all();
    const key = fingerprint(articles);
    if (cached?.key !== key) cached = { key, retriever: new KbRetriever(articles, deps.segmenter, deps.threshold) };
    return cached.retriever;
  }
  return {
    async search(query, options = {}) {
      return (await retriever()).search(query, options);
    },
    async best(query, locale) {
      return (await retriever()).best(query, locale);
    },
  };
}
