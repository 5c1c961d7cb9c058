import { useCallback, useEffect, useRef, useState } from "react";
import { useStaffSocket } from "./staff-socket.js";

export interface Viewer {
  staffId: string;
  name: string;
  typing: boolean;
}

/** The server forgets a viewer after 40 s of silence; heartbeat well inside that. */
const HEARTBEAT_MS = 15_000;
const TYPING_IDLE_MS = 5_000;

/**
 * Announces that this agent views (or types in) a conversation and returns the other staff
 * seen there, on any server instance.
 */
export function usePresence(conversationId: string, selfId: string): { others: Viewer[]; typed: () => void } {
  const { socket, listen, status } = useStaffSocket();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const state = useRef<"viewing" | "typing">("viewing");
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!socket || status !== "open") return;
    const announce = () => socket.send({ type: "presence", conversationId, state: state.current });
    announce();
    const beat = setInterval(announce, HEARTBEAT_MS);
    return () => {
      clearInterval(beat);
      socket.send({ type: "presence", conversationId, state: "left" });
    };
  }, [socket, status, conversationId]);

  useEffect(() => {
    setViewers([]);
    return listen((frame) => {
      if (frame.type === "presence" && frame.conversationId === conversationId) setViewers(frame.viewers);
    });
  }, [listen, conversationId]);

  useEffect(() => () => clearTimeout(idle.current), []);

  const typed = useCallback(() => {
    clearTimeout(idle.current);
    if (state.current !== "typing") {
      state.current = "typing";
      socket?.send({ type: "presence", conversationId, state: "typing" });
    }
    idle.current = setTimeout(() => {
      state.current = "viewing";
      socket?.send({ type: "presence", conversationId, state: "viewing" });
    }, TYPING_IDLE_MS);
  }, [socket, conversationId]);

  return { others: viewers.filter((v) => v.staffId !== selfId), typed };
}
