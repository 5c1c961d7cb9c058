import {
  IDENTITY_SETTINGS_KEY,
  type IdentitySettings,
  readIdentitySettings,
} from "../../../domain/identity/identity-settings.js";
import type { Repositories } from "../../ports/store.js";

/** The shop's identity policy: the stored one, or the safe defaults. */
export async function loadIdentitySettings(store: Pick<Repositories, "settings">): Promise<IdentitySettings> {
  return readIdentitySettings(await store.settings.get(IDENTITY_SETTINGS_KEY));
}

export async function saveIdentitySettings(
  store: Pick<Repositories, "settings">,
  settings: IdentitySettings,
): Promise<void> {
  await store.settings.set(IDENTITY_SETTINGS_KEY, settings);
}
