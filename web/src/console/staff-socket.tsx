import { createContext, type JSX, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { readStaffToken } from "../shared/token-store.js";
import { KefuSocket, type SocketStatus } from "../shared/ws-client.js";
import type { ServerFrame } from "../shared/ws-frames.js";

type Listener = (frame: ServerFrame) => void;

export interface StaffSocket {
  socket: KefuSocket | undefined;
  status: SocketStatus;
  /** Registers a frame listener; returns the unsubscribe function. */
  listen(listener: Listener): () => void;
}

const Ctx = createContext<StaffSocket>({ socket: undefined, status: "closed", listen: () => () => {} });

/** One realtime connection for the whole console, shared by the queue and the open conversation. */
export function StaffSocketProvider({ children }: { children: ReactNode }): JSX.Element {
  const [status, setStatus] = useState<SocketStatus>("connecting");
  const [listeners] = useState(() => new Set<Listener>());
  const [socket, setSocket] = useState<KefuSocket>();
  useEffect(() => {
    const token = readStaffToken();
    if (!token) return;
    const s = new KefuSocket({
      token,
      onFrame: (frame) => {
        for (const l of listeners) l(frame);
      },
      onStatus: setStatus,
    });
    s.connect();
    s.subscribeQueue();
    setSocket(s);
    return () => s.close();
  }, [listeners]);
  const value = useMemo<StaffSocket>(
    () => ({
      socket,
      status,
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
    [socket, status, listeners],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useStaffSocket(): StaffSocket {
  return useContext(Ctx);
}
