import {
  type PlatformConnectionView,
  PlatformCredentials,
  type PlatformSyncStatus,
  StoredPlatformConnection,
  shopOf,
} from "../../../domain/platform/platform-connection.js";
import type { Clock } from "../../ports/clock.js";
import type { FieldCipher } from "../../ports/field-cipher.js";
import type { Store } from "../../ports/store.js";
import { openSettingField, sealSettingField } from "../settings/sealed-setting-field.js";

const KEY = "platform.connection";

export interface PlatformConnectionDeps {
  store: Pick<Store, "settings">;
  cipher: FieldCipher;
  clock: Clock;
}

async function stored(deps: Pick<PlatformConnectionDeps, "store">): Promise<StoredPlatformConnection | undefined> {
  const parsed = StoredPlatformConnection.safeParse(await deps.store.settings.get(KEY));
  return parsed.success ? parsed.data : undefined;
}

const view = ({ sealedCredentials: _sealed, ...rest }: StoredPlatformConnection): PlatformConnectionView => rest;

/** Connects the shop platform (replacing any previous connection); credentials are sealed before they are stored. */
export async function savePlatformConnection(
  deps: PlatformConnectionDeps,
  credentials: PlatformCredentials,
): Promise<PlatformConnectionView> {
  const connection: StoredPlatformConnection = {
    kind: credentials.kind,
    shop: shopOf(credentials),
    sealedCredentials: sealSettingField(deps.cipher, KEY, credentials),
    connectedAt: deps.clock.nowIso(),
  };
  await deps.store.settings.set(KEY, connection);
  return view(connection);
}

/** The connection as admins may see it, or undefined when no platform is connected. */
export async function getPlatformConnection(
  deps: Pick<PlatformConnectionDeps, "store">,
): Promise<PlatformConnectionView | undefined> {
  const found = await stored(deps);
  return found ? view(found) : undefined;
}

/** The connection's credentials, opened for the adapters; undefined when none is connected. */
export async function loadPlatformCredentials(
  deps: Pick<PlatformConnectionDeps, "store" | "cipher">,
): Promise<PlatformCredentials | undefined> {
  const found = await stored(deps);
  if (!found) return undefined;
  return openSettingField(deps.cipher, KEY, found.sealedCredentials, PlatformCredentials, "platform credentials");
}

/** Disconnects: forgets the credentials (the mirrored orders stay). Returns whether one was connected. */
export async function deletePlatformConnection(deps: Pick<PlatformConnectionDeps, "store">): Promise<boolean> {
  const found = await stored(deps);
  if (found) await deps.store.settings.set(KEY, undefined);
  return found !== undefined;
}

/** Records sync progress or the last reconciliation on the connection (ignored when disconnected meanwhile). */
export async function updatePlatformStatus(
  deps: Pick<PlatformConnectionDeps, "store">,
  patch: { sync?: PlatformSyncStatus; lastReconcileAt?: string },
): Promise<void> {
  const found = await stored(deps);
  if (found) await deps.store.settings.set(KEY, { ...found, ...patch });
}
