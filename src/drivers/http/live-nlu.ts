import { KefuError } from "../../domain/errors/kefu-error.js";
import type { Locale } from "../../domain/locale.js";
import type { LocalNlu } from "../../domain/nlu/create-local-nlu.js";
import type { NluResult } from "../../domain/nlu/nlu-result.js";

/**
 * The NLU the running bot reads on every turn. Activating a model version loads the new models
 * beside the old ones and swaps them in with one assignment, so a turn sees the old or the new
 * models, never a mix; reloads run one after another so the last activation wins.
 */
export class LiveNlu implements LocalNlu {
  private current: LocalNlu | undefined;
  private loader: (() => Promise<LocalNlu>) | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** How many times the models were swapped after the first load. */
  swaps = 0;

  /** Sets the loaded models and how to load the active ones again; returns the holder the bot uses. */
  attach(nlu: LocalNlu, loader: () => Promise<LocalNlu>): LocalNlu {
    this.current = nlu;
    this.loader = loader;
    return this;
  }

  /** Whether a bot uses this holder (only then can activation apply without a restart). */
  get attached(): boolean {
    return this.loader !== undefined;
  }

  analyze(text: string, hints?: { locale?: Locale }): NluResult {
    const nlu = this.current;
    if (!nlu) throw new KefuError("INTERNAL", "the live NLU was used before a model was attached");
    return nlu.analyze(text, hints);
  }

  /** Loads the active models again and swaps them in; false when no bot is attached. */
  async reload(): Promise<boolean> {
    const loader = this.loader;
    if (!loader) return false;
    const next = this.queue.then(async () => {
      this.current = await loader();
      this.swaps++;
    });
    // A failed reload keeps the current models and must not block the next one.
    this.queue = next.catch(() => undefined);
    await next;
    return true;
  }
}
