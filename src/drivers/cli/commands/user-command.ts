import type { Command } from "commander";
import { z } from "zod";
import { createStaffUser } from "../../../application/use-cases/staff/create-staff-user.js";
import { parseValue } from "../../../domain/parse-json.js";
import { StaffRole } from "../../../domain/staff/staff-user.js";
import { randomSessionTokens } from "../../../infrastructure/security/random-session-tokens.js";
import { createScryptPasswordHasher } from "../../../infrastructure/security/scrypt-password-hasher.js";
import { randomIds } from "../../../infrastructure/system/random-ids.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { withInsightsStore } from "./insights-store.js";

const AddOptions = z.object({
  email: z.string().email(),
  name: z.string().min(1),
  role: StaffRole,
  password: z.string().min(8, "passwords need at least 8 characters"),
});

/** `kefu user add --email --name --role admin|agent --password` and `kefu user list`. */
export function registerUserCommand(program: Command): void {
  const user = program.command("user").description("manage console users");
  user
    .command("add")
    .description("create a staff user")
    .requiredOption("--email <email>", "login email")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--role <role>", "admin or agent")
    .requiredOption("--password <password>", "initial password (at least 8 characters)")
    .action(async (raw: unknown) => {
      const opts = parseValue(AddOptions, raw, "user options");
      const created = await withInsightsStore((store) =>
        createStaffUser(
          {
            store,
            clock: systemClock,
            ids: randomIds,
            passwords: createScryptPasswordHasher(),
            tokens: randomSessionTokens,
          },
          { ...opts, actor: { type: "system", id: "cli" } },
        ),
      );
      console.log(`created ${created.role} ${created.email} (${created.id})`);
    });
  user
    .command("list")
    .description("list staff users")
    .action(async () => {
      const users = await withInsightsStore((store) => store.staff.list());
      if (users.length === 0) console.log("no users yet: kefu user add --email … --role admin");
      for (const u of users) {
        console.log(`${u.id}\t${u.role}\t${u.disabled ? "disabled" : "active"}\t${u.email}\t${u.name}`);
      }
    });
}
