import type { EventBus, PresenceEvent } from "../ports/event-bus.js";

/** One staff member seen in a conversation. */
export interface Viewer {
  staffId: string;
  name: string;
  typing: boolean;
}

/** Heartbeats come every 15 s from the console; a viewer silent for longer than this is gone (closed tab, dead server). */
export const PRESENCE_TTL_MS = 40_000;

/**
 * Who is viewing or typing in each conversation, fed by presence events from every server
 * instance through the event bus, so each instance knows about agents connected elsewhere.
 */
export class PresenceBoard {
  private readonly byConversation = new Map<string, Map<string, Viewer & { seenAt: number }>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the board up to date from the bus; subscribe it before any socket so sockets read fresh state. */
  follow(bus: EventBus): () => void {
    return bus.subscribe((event) => {
      if (event.type === "presence") this.apply(event);
    });
  }

  apply(event: PresenceEvent): void {
    const viewers = this.byConversation.get(event.conversationId) ?? new Map();
    if (event.state === "left") viewers.delete(event.staffId);
    else
      viewers.set(event.staffId, {
        staffId: event.staffId,
        name: event.staffName,
        typing: event.state === "typing",
        seenAt: this.now(),
      });
    if (viewers.size === 0) this.byConversation.delete(event.conversationId);
    else this.byConversation.set(event.conversationId, viewers);
  }

  /** Current viewers of a conversation, expired ones dropped. */
  viewers(conversationId: string): Viewer[] {
    const viewers = this.byConversation.get(conversationId);
    if (!viewers) return [];
    const cutoff = this.now() - PRESENCE_TTL_MS;
    const live: Viewer[] = [];
    for (const [id, v] of viewers) {
      if (v.seenAt < cutoff) viewers.delete(id);
      else live.push({ staffId: v.staffId, name: v.name, typing: v.typing });
    }
    return live.sort((a, b) => a.name.localeCompare(b.name));
  }
}
