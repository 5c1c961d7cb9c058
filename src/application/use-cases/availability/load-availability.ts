import { AvailabilitySettings, DEFAULT_AVAILABILITY } from "../../../domain/availability/availability-settings.js";
import type { Repositories } from "../../ports/store.js";

/** The stored availability settings, or the defaults when none (or an unreadable document) is stored. */
export async function loadAvailability(repos: Pick<Repositories, "settings">): Promise<AvailabilitySettings> {
  const parsed = AvailabilitySettings.safeParse(await repos.settings.get("availability"));
  return parsed.success ? parsed.data : DEFAULT_AVAILABILITY;
}
