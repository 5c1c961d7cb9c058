// Worker-thread entry: worker threads do not inherit the main thread's tsx loader, so register it here.
import { register } from "tsx/esm/api";

register();
await import("./train-model-worker.ts");
