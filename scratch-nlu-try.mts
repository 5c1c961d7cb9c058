import { createLocalUnderstander } from "./src/application/agent/local-understander.js";
import { loadDefaultNlu } from "./src/infrastructure/nlu/load-default-nlu.js";

const nlu: any = await loadDefaultNlu({ dataDir: "/tmp/nluscratch" });
const u = createLocalUnderstander(nlu);
for (const t of process.argv.slice(2)) {
  const r: any = await u.understand(t, { locale: "zh" } as any);
  console.log(t, "=>", r.nlu.intent, r.nlu.confidence.toFixed(2), JSON.stringify(r.commands));
}
