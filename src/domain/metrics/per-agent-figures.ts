import type { ConversationFacts } from "./conversation-facts.js";
import { mean, median } from "./statistics.js";

/** One agent's figures over the period. */
export interface AgentFigures {
  agentId: string;
  /** Conversations the agent wrote in or is assigned to. */
  conversations: number;
  messages: number;
  /** Resolved conversations assigned to the agent. */
  resolved: number;
  /** Handoff -> this agent's first reply. */
  firstResponseSecondsP50: number | null;
  csatAverage: number | null;
  csatCount: number;
}

/** Per-agent figures, busiest agent first. */
export function perAgentFigures(facts: readonly ConversationFacts[]): AgentFigures[] {
  const agents = new Map<
    string,
    { conversations: Set<string>; messages: number; resolved: number; responses: number[]; csat: number[] }
  >();
  const entry = (id: string) => {
    let a = agents.get(id);
    if (!a) {
      a = { conversations: new Set(), messages: 0, resolved: 0, responses: [], csat: [] };
      agents.set(id, a);
    }
    return a;
  };
  for (const f of facts) {
    const c = f.conversation;
    for (const [id, count] of f.agentMessages) {
      const a = entry(id);
      a.conversations.add(c.id);
      a.messages += count;
    }
    for (const r of f.humanResponses) if (r.agentId) entry(r.agentId).responses.push(r.seconds);
    if (c.assigneeId) {
      const a = entry(c.assigneeId);
      a.conversations.add(c.id);
      if (f.resolved) a.resolved++;
      if (c.csat !== undefined) a.csat.push(c.csat);
    }
  }
  return [...agents.entries()]
    .map(([agentId, a]) => ({
      agentId,
      conversations: a.conversations.size,
      messages: a.messages,
      resolved: a.resolved,
      firstResponseSecondsP50: median(a.responses),
      csatAverage: mean(a.csat),
      csatCount: a.csat.length,
    }))
    .sort((x, y) => y.conversations - x.conversations || x.agentId.localeCompare(y.agentId));
}
