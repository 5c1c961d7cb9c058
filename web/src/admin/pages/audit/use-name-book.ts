import { useEffect, useState } from "react";
import { customerDisplayName } from "../../../../../src/contract/shop-entities.js";
import { apiRequest } from "../../lib/api-client.js";
import { type AuditRow, idsToName, type NameBook } from "./audit-text.js";

interface NamedUser {
  id: string;
  name: string;
}
interface CustomerDetail {
  customer: { id: string; firstName: string; lastName: string; locale: "en" | "zh" };
}

// Names change rarely; one lookup per id per page load keeps paging through the log cheap.
const known = new Map<string, string>();
const missing = new Set<string>();

/** Names for the staff and customer ids of the shown events; ids not found stay ids. */
export function useNameBook(events: readonly AuditRow[] | undefined): NameBook {
  const [book, setBook] = useState<NameBook>(new Map(known));
  useEffect(() => {
    if (!events) return;
    const { staff, customers } = idsToName(events);
    const wanted = (ids: Set<string>) => [...ids].filter((id) => !known.has(id) && !missing.has(id));
    const staffIds = wanted(staff);
    const customerIds = wanted(customers);
    if (staffIds.length === 0 && customerIds.length === 0) return;
    let live = true;
    const lookups: Promise<void>[] = customerIds.map((id) =>
      apiRequest<CustomerDetail>("GET", `/customers/${encodeURIComponent(id)}`).then(
        (d) => void known.set(id, customerDisplayName(d.customer)),
        () => void missing.add(id),
      ),
    );
    if (staffIds.length) {
      lookups.push(
        apiRequest<{ items: NamedUser[] }>("GET", "/users").then(
          (r) => {
            for (const u of r.items) known.set(u.id, u.name);
            for (const id of staffIds) if (!known.has(id)) missing.add(id);
          },
          () => undefined,
        ),
      );
    }
    void Promise.all(lookups).then(() => {
      if (live) setBook(new Map(known));
    });
    return () => {
      live = false;
    };
  }, [events]);
  return book;
}
