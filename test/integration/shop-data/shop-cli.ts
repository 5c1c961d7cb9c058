// A stand-in for bin/kefu.mjs with only the shop-data commands, run as a real process by the CLI test.
import { Command } from "commander";
import { KefuError } from "../../../src/domain/errors/kefu-error.js";
import { registerShopDataCommands } from "../../../src/drivers/cli/commands/shop-data-commands.js";

const program = new Command().name("kefu");
registerShopDataCommands(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(
    `kefu: ${error instanceof Error ? error.message : String(error)}${KefuError.isInstance(error) ? ` (${error.code})` : ""}`,
  );
  process.exitCode = 1;
}
