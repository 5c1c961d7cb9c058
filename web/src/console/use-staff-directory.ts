import { useEffect, useState } from "react";
import { api } from "../shared/api-client.js";

export interface Colleague {
  id: string;
  name: string;
  role: "admin" | "agent";
}

let cached: Promise<Colleague[]> | undefined;

/** Active colleagues (names for staff ids), fetched once per page load. */
export function useStaffDirectory(): Colleague[] {
  const [list, setList] = useState<Colleague[]>([]);
  useEffect(() => {
    cached ??= api.get<{ items: Colleague[] }>("/staff/directory").then(
      (r) => r.items,
      () => {
        cached = undefined;
        return [];
      },
    );
    let live = true;
    void cached.then((items) => {
      if (live) setList(items);
    });
    return () => {
      live = false;
    };
  }, []);
  return list;
}

/** A colleague's name, or a neutral fallback instead of a raw id. */
export function nameOf(directory: Colleague[], id: string | undefined, fallback: string): string {
  return directory.find((c) => c.id === id)?.name ?? fallback;
}
