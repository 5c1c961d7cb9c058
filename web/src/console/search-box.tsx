import { type JSX, useEffect, useState } from "react";
import { api, queryString } from "../shared/api-client.js";
import { useStrings } from "../shared/i18n.js";
import { consoleStrings } from "./console-strings.js";
import { searchStrings } from "./search-strings.js";

interface SearchResult {
  conversations: { conversationId: string; customerName?: string; snippet: string; status: string }[];
  customers: { id: string; name: string; email: string }[];
  orders: { id: string; customerId: string; status: string; customerName?: string }[];
}

/** Search across conversations (message words), customers and orders; picks open a conversation. */
export function SearchBox({
  onOpenConversation,
  inputRef,
}: {
  onOpenConversation: (id: string) => void;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}): JSX.Element {
  const t = useStrings(consoleStrings);
  const s = useStrings(searchStrings);
  const [q, setQ] = useState("");
  const [result, setResult] = useState<SearchResult>();

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) {
      setResult(undefined);
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<SearchResult>(`/search${queryString({ q: query, limit: 8 })}`, { signal: ctrl.signal })
        .then(setResult)
        .catch(() => setResult(undefined));
    }, 250);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [q]);

  const empty = result && !result.conversations.length && !result.customers.length && !result.orders.length;
  return (
    <search className="con-search">
      <input
        ref={inputRef}
        className="k-input"
        type="search"
        value={q}
        placeholder={s.placeholder}
        aria-label={s.placeholder}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setQ("");
        }}
        data-testid="console-search"
      />
      {result ? (
        <div className="con-search-results" data-testid="search-results">
          {empty ? <p className="con-muted">{s.none}</p> : null}
          {result.conversations.length ? <h3>{s.conversations}</h3> : null}
          {result.conversations.map((c) => (
            <button
              key={c.conversationId}
              type="button"
              className="con-search-item"
              onClick={() => {
                setQ("");
                onOpenConversation(c.conversationId);
              }}
            >
              <strong>{c.customerName ?? t.visitor}</strong>
              <span>{c.snippet}</span>
            </button>
          ))}
          {result.customers.length ? <h3>{s.customers}</h3> : null}
          {result.customers.map((c) => (
            <div key={c.id} className="con-search-item">
              <strong>{c.name}</strong>
              <span>{c.email}</span>
            </div>
          ))}
          {result.orders.length ? <h3>{s.orders}</h3> : null}
          {result.orders.map((o) => (
            <div key={o.id} className="con-search-item">
              <strong>{o.id}</strong>
              <span>
                {o.customerName ?? ""} · {t.orderStatus[o.status as keyof typeof t.orderStatus] ?? o.status}
              </span>
            </div>
          ))}
        </div>
      ) : null}
    </search>
  );
}
