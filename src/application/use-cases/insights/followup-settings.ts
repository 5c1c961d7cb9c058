import { z } from "zod";
import {
  DEFAULT_FOLLOWUP_RULES,
  FOLLOWUP_OPT_OUT_KEY,
  FOLLOWUP_RULES_KEY,
  FollowupRules,
} from "../../../domain/followups/followup-rules.js";
import type { SettingsRepository } from "../../ports/admin-repositories.js";

/** The shop's follow-up rules, or the defaults when none are stored (or the stored ones are invalid). */
export async function loadFollowupRules(settings: SettingsRepository): Promise<FollowupRules> {
  const stored = FollowupRules.safeParse(await settings.get(FOLLOWUP_RULES_KEY));
  return stored.success ? stored.data : DEFAULT_FOLLOWUP_RULES;
}

/** Customer ids that asked not to be followed up. */
export async function loadOptOuts(settings: SettingsRepository): Promise<Set<string>> {
  const stored = z.array(z.string()).safeParse(await settings.get(FOLLOWUP_OPT_OUT_KEY));
  return new Set(stored.success ? stored.data : []);
}

/** Adds or removes a shopper from the opt-out list. */
export async function setFollowupOptOut(
  settings: SettingsRepository,
  customerId: string,
  optOut: boolean,
): Promise<void> {
  const ids = await loadOptOuts(settings);
  if (optOut) ids.add(customerId);
  else ids.delete(customerId);
  await settings.set(FOLLOWUP_OPT_OUT_KEY, [...ids].sort());
}
