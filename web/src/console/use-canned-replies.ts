import { useEffect, useState } from "react";
import type { CannedReply, CannedReplyList } from "../../../src/contract/canned-replies.js";
import { api } from "../shared/api-client.js";

/** The canned replies of one language, loaded once the picker is first opened (`enabled`). */
export function useCannedReplies(
  locale: "en" | "zh",
  enabled: boolean,
): { items: CannedReply[]; failed: boolean; loaded: boolean } {
  const [state, setState] = useState<{ items: CannedReply[]; failed: boolean; loaded: boolean; locale: string }>({
    items: [],
    failed: false,
    loaded: false,
    locale,
  });
  const current = state.locale === locale && state.loaded;
  useEffect(() => {
    if (!enabled || current) return;
    const ctrl = new AbortController();
    api
      .get<CannedReplyList>(`/canned-replies?locale=${locale}`, { signal: ctrl.signal })
      .then((r) => setState({ items: r.items, failed: false, loaded: true, locale }))
      .catch(() => {
        if (!ctrl.signal.aborted) setState({ items: [], failed: true, loaded: true, locale });
      });
    return () => ctrl.abort();
  }, [locale, enabled, current]);
  return current ? state : { items: [], failed: false, loaded: false };
}
