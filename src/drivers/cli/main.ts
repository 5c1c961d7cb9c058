import { Command } from "commander";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { registerCommands } from "./register-commands.js";

const program = new Command()
  .name("kefu")
  .description("Kefu (客服): self-hosted AI after-sales customer service")
  .showHelpAfterError();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Bad input ends with one readable sentence and exit code 1, never a stack trace.
  if (KefuError.isInstance(error)) {
    console.error(`kefu: ${error.message} (${error.code})`);
  } else {
    console.error(`kefu: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.KEFU_DEBUG) console.error(error);
  }
  process.exitCode = 1;
}
