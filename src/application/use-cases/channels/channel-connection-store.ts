import {
  type ChannelSettings,
  type ConnectableChannel,
  channelAccountOf,
  EmailChannelSettings,
  StoredChannelConnection,
  WechatChannelSettings,
} from "../../../domain/channels/channel-connection.js";
import type { Clock } from "../../ports/clock.js";
import type { FieldCipher } from "../../ports/field-cipher.js";
import type { Store } from "../../ports/store.js";
import { openSettingField, sealSettingField } from "../settings/sealed-setting-field.js";

export interface ChannelConnectionDeps {
  store: Pick<Store, "settings">;
  cipher: FieldCipher;
  clock: Clock;
}

/** What admins see of a connected channel: never a secret. */
export type ChannelConnectionView = Omit<StoredChannelConnection, "sealedSettings">;

const keyOf = (kind: ConnectableChannel) => `channel.${kind}`;

async function stored(deps: Pick<ChannelConnectionDeps, "store">, kind: ConnectableChannel) {
  const parsed = StoredChannelConnection.safeParse(await deps.store.settings.get(keyOf(kind)));
  return parsed.success && parsed.data.kind === kind ? parsed.data : undefined;
}

const view = ({ sealedSettings: _sealed, ...rest }: StoredChannelConnection): ChannelConnectionView => rest;

/** Connects a channel (replacing its previous settings); the settings are sealed before they are stored. */
export async function saveChannelConnection(
  deps: ChannelConnectionDeps,
  settings: ChannelSettings,
): Promise<ChannelConnectionView> {
  const connection: StoredChannelConnection = {
    kind: settings.kind,
    account: channelAccountOf(settings),
    sealedSettings: sealSettingField(deps.cipher, keyOf(settings.kind), settings),
    connectedAt: deps.clock.nowIso(),
  };
  await deps.store.settings.set(keyOf(settings.kind), connection);
  return view(connection);
}

/** The channel's connection as admins may see it, or undefined when an admin has not connected it. */
export async function getChannelConnection(
  deps: Pick<ChannelConnectionDeps, "store">,
  kind: ConnectableChannel,
): Promise<ChannelConnectionView | undefined> {
  const found = await stored(deps, kind);
  return found ? view(found) : undefined;
}

/** The email channel's settings as connected by an admin, opened for the sender and the ingress. */
export async function loadEmailSettings(
  deps: Pick<ChannelConnectionDeps, "store" | "cipher">,
): Promise<EmailChannelSettings | undefined> {
  const found = await stored(deps, "email");
  return (
    found && openSettingField(deps.cipher, keyOf("email"), found.sealedSettings, EmailChannelSettings, "email settings")
  );
}

/** The WeChat channel's settings as connected by an admin, opened for the callback and the send API. */
export async function loadWechatSettings(
  deps: Pick<ChannelConnectionDeps, "store" | "cipher">,
): Promise<WechatChannelSettings | undefined> {
  const found = await stored(deps, "wechat");
  return (
    found &&
    openSettingField(deps.cipher, keyOf("wechat"), found.sealedSettings, WechatChannelSettings, "WeChat settings")
  );
}

/** Disconnects a channel: forgets its settings (its conversations stay). Returns whether it was connected. */
export async function deleteChannelConnection(
  deps: Pick<ChannelConnectionDeps, "store">,
  kind: ConnectableChannel,
): Promise<boolean> {
  const found = await stored(deps, kind);
  if (found) await deps.store.settings.set(keyOf(kind), undefined);
  return found !== undefined;
}
