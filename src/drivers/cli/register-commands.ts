import type { Command } from "commander";
import { registerEvalDialogsCommand } from "./commands/eval-dialogs-command.js";
import { registerEvalShoppersCommand } from "./commands/eval-shoppers-command.js";
import { registerInsightsCommands } from "./commands/insights-commands.js";
import { registerKeysCommand } from "./commands/keys-command.js";
import { registerNluCommands } from "./commands/nlu-commands.js";
import { registerPlatformConnectCommands } from "./commands/platform-connect-commands.js";
import { registerPlatformSyncCommand } from "./commands/platform-sync-command.js";
import { registerServeCommand } from "./commands/serve-command.js";
import { registerShopDataCommands } from "./commands/shop-data-commands.js";
import { registerUserCommand } from "./commands/user-command.js";

/** Each command lives in its own file under ./commands and registers itself here. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerUserCommand(program);
  registerShopDataCommands(program);
  registerNluCommands(program);
  registerInsightsCommands(program);
  registerEvalDialogsCommand(program);
  registerEvalShoppersCommand(program);
  registerPlatformSyncCommand(program);
  registerPlatformConnectCommands(program);
  registerKeysCommand(program);
}
