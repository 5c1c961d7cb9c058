import type { StepReplies } from "../dialog-outcome.js";
import { drawTypingStyle, perturb, type TypingStyle } from "./perturb-text.js";
import { isRefusal, readBotAsk, summaryMatches } from "./read-bot-reply.js";
import { deriveSeed, type Random, seededRandom } from "./seeded-random.js";
import {
  addressText,
  changeBackText,
  changeMindText,
  digressionText,
  drawPhrasing,
  fullRequest,
  identityText,
  itemText,
  optionsText,
  orderText,
  type Phrasing,
  type PieceLanguage,
  paymentText,
  reasonText,
  vagueOpening,
  yesText,
} from "./shopper-phrasing.js";
import type { ShopperTask } from "./shopper-task.js";

/** The most messages a shopper sends before giving up. */
export const MAX_SHOPPER_TURNS = 12;

/** How one repeat of a task behaves. */
export interface ShopperStyle {
  allAtOnce: boolean;
  identityAt: "first" | "last" | "inside";
  digression: boolean;
  changeOfMind: boolean;
  phrasing: Phrasing;
  typing: TypingStyle;
}

function drawStyle(task: ShopperTask, rng: Random): ShopperStyle {
  return {
    allAtOnce: rng.chance(0.55),
    identityAt: rng.pick(["first", "last", "inside"] as const),
    digression: rng.chance(0.15),
    changeOfMind: task.wrongPayment !== undefined && rng.chance(0.6),
    phrasing: drawPhrasing(task, rng),
    typing: drawTypingStyle(rng),
  };
}

/** A shopper with one goal who answers what the bot asks; `next` gives the next message, undefined when done. */
export class ScriptedShopper {
  readonly style: ShopperStyle;
  private readonly rng: Random;
  private confirmedAt = -1;
  private restated = 0;
  private refusals = 0;
  private mindStage = 0;
  private digressed = false;

  constructor(
    readonly task: ShopperTask,
    repeat: number,
    seed: number,
  ) {
    this.rng = seededRandom(deriveSeed(seed, task.id, repeat));
    this.style = drawStyle(task, this.rng);
  }

  /** The conversation's locale: Chinese and mixed shoppers open the widget in Chinese. */
  get locale(): "en" | "zh" {
    return this.task.language === "en" ? "en" : "zh";
  }

  /** Per piece: mixed shoppers write the request in Chinese and details in either language. */
  private lang(detail: boolean): PieceLanguage {
    if (this.task.language === "mixed") return detail && this.rng.chance(0.5) ? "en" : "zh";
    return this.task.language;
  }

  private say(text: string): string {
    const t = this.task;
    const keep = [
      addressText(t),
      ...(t.newOptions ?? []),
      t.item?.name ?? "",
      t.customer.firstName,
      t.customer.lastName,
    ];
    return perturb(text, this.style.typing, this.rng, keep);
  }

  private opening(): string {
    const lang = this.lang(false);
    const sep = lang === "zh" ? "，" : ", ";
    if (!this.style.allAtOnce) return vagueOpening(this.task, lang, this.rng);
    const request = fullRequest(this.task, this.style.phrasing, lang, this.rng);
    const identity = identityText(this.task, this.style.phrasing, this.lang(true), this.rng);
    if (this.style.identityAt === "first") return `${identity}${sep}${request}`;
    if (this.style.identityAt === "last") return `${request}${sep}${identity}`;
    // Inside: the identity between the greeting and the request.
    return lang === "zh" ? `你好，${identity}。${request}` : `hi - ${identity} here. ${request}`;
  }

  private answer(ask: ReturnType<typeof readBotAsk>): string | undefined {
    const t = this.task;
    const p = this.style.phrasing;
    const lang = this.lang(true);
    switch (ask) {
      case "identity":
        return identityText(t, p, lang, this.rng);
      case "order":
        return orderText(t, p, lang);
      case "item":
        return t.item ? `${itemText(t, p, lang)}` : undefined;
      case "variant":
        return t.newOptions ? optionsText(t, p) : undefined;
      case "payment":
        return t.payment ? paymentText(t.payment, lang, this.rng) : undefined;
      case "reason":
        return t.reason ? reasonText(t, lang, this.rng) : undefined;
      case "address":
        return t.address ? addressText(t) : undefined;
      default:
        return undefined;
    }
  }

  /** The next message after `steps`, or undefined when the goal is reached, refused or given up. */
  next(steps: readonly StepReplies[]): string | undefined {
    if (steps.length >= MAX_SHOPPER_TURNS) return undefined;
    const last = steps.at(-1);
    if (!last) return this.say(this.opening());
    const replies = last.replies;
    const t = this.task;
    if (t.kind === "status" && t.trackingId && replies.some((r) => r.includes(t.trackingId ?? ""))) return undefined;
    const ask = readBotAsk(replies);
    if (this.confirmedAt >= 0 && ask !== "confirm") return undefined;
    if (isRefusal(replies) && ask !== "confirm" && ask !== "identity") {
      this.refusals += 1;
      if (t.kind.startsWith("refuse_") || this.refusals > 1) return undefined;
    }
    if (this.style.digression && !this.digressed && steps.length === 1) {
      this.digressed = true;
      return this.say(digressionText(this.lang(false)));
    }
    if (ask === "confirm") {
      // A shopper reads what they are asked to confirm: another kind of change than theirs is refused.
      if (!summaryMatches(this.task.kind, replies))
        return this.say(this.lang(false) === "zh" ? "不对，不是这个" : "no, that's not what I asked for");
      return this.say(this.confirm(steps.length));
    }
    const answer = this.answer(ask);
    if (answer !== undefined) return this.say(answer);
    const again = this.restate();
    return again === undefined ? undefined : this.say(again);
  }

  private confirm(turn: number): string {
    const t = this.task;
    const lang = this.lang(false);
    if (this.style.changeOfMind && t.wrongPayment && t.payment && this.mindStage < 2) {
      this.mindStage += 1;
      return this.mindStage === 1
        ? changeMindText(t.wrongPayment, lang, this.rng)
        : changeBackText(t.payment, lang, this.rng);
    }
    this.confirmedAt = turn;
    return yesText(lang, this.rng);
  }

  /** Says the whole goal again, with identity, when the shopper cannot tell what is asked. */
  private restate(): string | undefined {
    this.restated += 1;
    if (this.restated > 3) return undefined;
    const lang = this.lang(false);
    const identity = identityText(this.task, this.style.phrasing, this.lang(true), this.rng);
    return `${fullRequest(this.task, this.style.phrasing, lang, this.rng)}${lang === "zh" ? "，" : ". "}${identity}`;
  }
}
