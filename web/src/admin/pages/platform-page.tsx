import { type JSX, useEffect, useState } from "react";
import type { PlatformSyncStatus } from "../../../../src/contract/console-api.js";
import { Card, PageHeader } from "../components/card.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { ApiError, apiRequest } from "../lib/api-client.js";
import { useAdminStrings } from "../lib/use-admin-strings.js";
import { useApi } from "../lib/use-api.js";

const TEXT = {
  en: {
    title: "Shop platform",
    subtitle:
      "Connect Shopify or WooCommerce: orders sync into Kefu, and approved changes are made there first (docs/platforms.md).",
    connected: "Connected",
    notConnected: "No platform connected: Kefu uses its own store.",
    kind: "Platform",
    domain: "Shop domain (my-shop.myshopify.com)",
    token: "Admin API access token (shpat_…)",
    url: "Shop address (https://…)",
    key: "Consumer key (ck_…)",
    secret: "Consumer secret (cs_…)",
    webhookSecret: "Webhook secret (Shopify: the app's client secret)",
    connect: "Connect",
    disconnect: "Disconnect",
    disconnectConfirm: "Forget the credentials? Mirrored orders stay; new changes stop reaching the platform.",
    sync: "Sync now",
    reconcile: "Reconcile now",
    syncStatus: "Sync",
    lastReconcile: "Last reconciliation",
    never: "never",
  },
  zh: {
    title: "店铺平台",
    subtitle: "连接 Shopify 或 WooCommerce：订单同步到客服系统，审核通过的变更先在平台办理（见 docs/platforms.md）。",
    connected: "已连接",
    notConnected: "未连接平台：使用客服系统自己的数据。",
    kind: "平台",
    domain: "店铺域名（my-shop.myshopify.com）",
    token: "Admin API 访问令牌（shpat_…）",
    url: "店铺地址（https://…）",
    key: "Consumer key（ck_…）",
    secret: "Consumer secret（cs_…）",
    webhookSecret: "Webhook 密钥（Shopify：应用的 client secret）",
    connect: "连接",
    disconnect: "断开连接",
    disconnectConfirm: "确定删除凭据吗？已同步的订单会保留，新的变更不再发送到平台。",
    sync: "立即同步",
    reconcile: "立即核对",
    syncStatus: "同步",
    lastReconcile: "上次核对",
    never: "从未",
  },
};

interface Connection {
  connected: boolean;
  kind?: "shopify" | "woocommerce";
  shop?: string;
  connectedAt?: string;
  sync?: PlatformSyncStatus;
  lastReconcileAt?: string;
}

/** The sync's progress in one line: phase and counts, or its outcome. */
function syncLine(sync: PlatformSyncStatus | undefined, never: string): string {
  if (!sync) return never;
  const counts = `${sync.customers} customers · ${sync.products} products · ${sync.orders} orders`;
  if (sync.state === "running") return `${sync.phase ?? "…"}: ${counts}`;
  return sync.state === "failed" ? `failed: ${sync.error ?? ""}` : `done ${sync.finishedAt ?? ""} · ${counts}`;
}

/** Connect a shop platform (credentials are write-only), watch the sync, reconcile, disconnect. */
export function PlatformPage(): JSX.Element {
  const { locale } = useAdminStrings();
  const x = TEXT[locale];
  const stored = useApi<Connection>("/platform");
  const [form, setForm] = useState<Record<string, string>>({ kind: "shopify" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const running = stored.data?.sync?.state === "running";

  // While a sync runs, poll its progress.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(stored.reload, 1000);
    return () => clearInterval(timer);
  }, [running, stored.reload]);

  async function send(method: "PUT" | "POST" | "DELETE", path: string, body?: unknown): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      await apiRequest(method, path, body);
      stored.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, "NETWORK", String(err)));
    } finally {
      setBusy(false);
    }
  }

  if (stored.error) return <ErrorState error={stored.error} onRetry={stored.reload} />;
  if (!stored.data) return <LoadingState rows={4} />;
  const c = stored.data;
  const field = (name: string, label: string, type = "text") => (
    <label className="adm-field" key={name}>
      <span>{label}</span>
      <input
        type={type}
        value={form[name] ?? ""}
        autoComplete="off"
        data-testid={`platform-${name}`}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  const credentials =
    form.kind === "shopify"
      ? {
          kind: "shopify",
          storeDomain: form.storeDomain,
          accessToken: form.accessToken,
          webhookSecret: form.webhookSecret,
        }
      : {
          kind: "woocommerce",
          url: form.url,
          consumerKey: form.consumerKey,
          consumerSecret: form.consumerSecret,
          webhookSecret: form.webhookSecret,
        };

  return (
    <div className="adm-page" data-testid="admin-platform">
      <PageHeader title={x.title} subtitle={x.subtitle} />
      {error ? <ErrorState error={error} /> : null}
      {c.connected ? (
        <Card title={`${x.connected}: ${c.kind} · ${c.shop}`}>
          <p data-testid="platform-sync">
            {x.syncStatus}: {syncLine(c.sync, x.never)}
          </p>
          <p>
            {x.lastReconcile}: {c.lastReconcileAt ?? x.never}
          </p>
          <button
            type="button"
            className="adm-btn"
            disabled={busy || running}
            onClick={() => void send("POST", "/platform/sync")}
          >
            {x.sync}
          </button>{" "}
          <button
            type="button"
            className="adm-btn"
            disabled={busy}
            onClick={() => void send("POST", "/platform/reconcile")}
          >
            {x.reconcile}
          </button>{" "}
          <button
            type="button"
            className="adm-btn"
            disabled={busy}
            onClick={() => {
              if (window.confirm(x.disconnectConfirm)) void send("DELETE", "/platform");
            }}
          >
            {x.disconnect}
          </button>
        </Card>
      ) : (
        <Card title={x.notConnected}>
          <label className="adm-field">
            <span>{x.kind}</span>
            <select value={form.kind} onChange={(e) => setForm({ kind: e.target.value })} data-testid="platform-kind">
              <option value="shopify">Shopify</option>
              <option value="woocommerce">WooCommerce</option>
            </select>
          </label>
          {form.kind === "shopify"
            ? [field("storeDomain", x.domain), field("accessToken", x.token, "password")]
            : [field("url", x.url), field("consumerKey", x.key), field("consumerSecret", x.secret, "password")]}
          {field("webhookSecret", x.webhookSecret, "password")}
          <button
            type="button"
            className="adm-btn"
            disabled={busy}
            onClick={() => void send("PUT", "/platform", credentials).then(() => send("POST", "/platform/sync"))}
          >
            {x.connect}
          </button>
        </Card>
      )}
    </div>
  );
}
