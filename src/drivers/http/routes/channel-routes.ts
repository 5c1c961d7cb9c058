import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import { MailboxError } from "../../../application/ports/inbound-mailbox.js";
import type { Store } from "../../../application/ports/store.js";
import {
  deleteChannelConnection,
  getChannelConnection,
  saveChannelConnection,
} from "../../../application/use-cases/channels/channel-connection-store.js";
import { channelDeliveryStatus } from "../../../application/use-cases/channels/channel-delivery-status.js";
import { readImapPollState } from "../../../application/use-cases/channels/poll-email-mailbox.js";
import {
  type ChannelSettings,
  ConnectableChannel,
  EmailChannelSettings,
  imapMailboxId,
  WechatChannelSettings,
} from "../../../domain/channels/channel-connection.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { ChannelSettingsSource } from "../channel-settings.js";
import { OkResponse } from "../responses.js";
import { adminAudit } from "./admin-audit.js";

export interface ChannelRoutesDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  settings: ChannelSettingsSource;
  /** Tries the settings against the mail server or WeChat; throws with their answer when refused. */
  verify(settings: ChannelSettings): Promise<void>;
}

/** A channel as admins see it: where its settings come from, its account and how delivery goes; never a secret. */
export const ChannelView = z.object({
  connected: z.boolean(),
  source: z.enum(["admin", "environment"]).optional(),
  account: z.string().optional(),
  connectedAt: z.string().optional(),
  delivery: z.object({
    unsent: z.number().int(),
    failedSends: z.number().int(),
    lastError: z.string().optional(),
  }),
  /** Email only: how mail comes in, and for an IMAP mailbox how its polling goes. */
  inbound: z
    .object({
      mode: z.enum(["smtp", "imap"]),
      folder: z.string().optional(),
      pollSeconds: z.number().int().optional(),
      lastPollAt: z.string().optional(),
      lastSuccessAt: z.string().optional(),
      lastError: z.string().optional(),
      lastErrorCode: z.string().optional(),
      failures: z.number().int().optional(),
    })
    .optional(),
});
export const ChannelsView = z.object({ email: ChannelView, wechat: ChannelView });

/** Admin API of the email and WeChat channels: connect (settings sealed at rest), status, disconnect. */
export function channelRoutes(deps: ChannelRoutesDeps): FastifyPluginAsyncZod {
  const admin = { config: { access: "admin" as const } };
  const tags = ["channels"];

  async function viewOf(kind: ConnectableChannel): Promise<z.infer<typeof ChannelView>> {
    const delivery = await channelDeliveryStatus(deps.store, kind);
    const source = await deps.settings.sourceOf(kind);
    if (!source) return { connected: false, delivery };
    const stored = await getChannelConnection(deps, kind);
    const current = kind === "email" ? await deps.settings.email() : await deps.settings.wechat();
    const account = stored?.account ?? (current?.kind === "email" ? current.from : current?.appId);
    return {
      connected: true,
      source,
      ...(account ? { account } : {}),
      ...(stored && source === "admin" ? { connectedAt: stored.connectedAt } : {}),
      delivery,
      ...(current?.kind === "email" ? { inbound: await inboundOf(current) } : {}),
    };
  }
  async function inboundOf(email: EmailChannelSettings): Promise<NonNullable<z.infer<typeof ChannelView>["inbound"]>> {
    const imap = email.imap;
    if (!imap) return { mode: "smtp" };
    const state = await readImapPollState(deps.store, imapMailboxId(imap));
    const { lastPollAt, lastSuccessAt, lastError, lastErrorCode, failures } = state ?? {};
    return {
      mode: "imap",
      folder: imap.folder,
      pollSeconds: imap.pollSeconds,
      ...(lastPollAt ? { lastPollAt } : {}),
      ...(lastSuccessAt ? { lastSuccessAt } : {}),
      ...(lastError ? { lastError } : {}),
      ...(lastErrorCode ? { lastErrorCode } : {}),
      ...(failures !== undefined ? { failures } : {}),
    };
  }
  const audit = adminAudit(deps, "channel");
  async function connect(request: FastifyRequest, settings: ChannelSettings) {
    try {
      await deps.verify(settings);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // A mailbox failure carries its own code (auth_failed, unreachable, folder_missing) for the admin page.
      const details = error instanceof MailboxError ? { details: { reason: error.code } } : undefined;
      throw new KefuError("CHANNEL_REFUSED", `The ${settings.kind} server refused these settings: ${reason}`, details);
    }
    await saveChannelConnection(
      { store: deps.store, clock: deps.clock, cipher: await deps.settings.cipher() },
      settings,
    );
    await audit(request, "channel.connect", settings.kind);
    return viewOf(settings.kind);
  }

  return async (app) => {
    app.get("/channels", { ...admin, schema: { tags, response: { 200: ChannelsView } } }, async () => ({
      email: await viewOf("email"),
      wechat: await viewOf("wechat"),
    }));
    app.put(
      "/channels/email",
      { ...admin, schema: { tags, body: EmailChannelSettings, response: { 200: ChannelView } } },
      (request) => connect(request, request.body),
    );
    app.put(
      "/channels/wechat",
      { ...admin, schema: { tags, body: WechatChannelSettings, response: { 200: ChannelView } } },
      (request) => connect(request, request.body),
    );
    app.delete(
      "/channels/:kind",
      { ...admin, schema: { tags, params: z.object({ kind: ConnectableChannel }), response: { 200: OkResponse } } },
      async (request) => {
        if (await deleteChannelConnection(deps, request.params.kind)) {
          await audit(request, "channel.disconnect", request.params.kind);
        }
        return { ok: true };
      },
    );
  };
}
