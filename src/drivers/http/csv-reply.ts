import type { FastifyReply } from "fastify";
import { type CsvTable, toCsv } from "../../domain/reports/csv.js";

/** Sends a table as a CSV download named `filename` (ASCII, so no header encoding is needed). */
export function sendCsv(reply: FastifyReply, filename: string, table: CsvTable): FastifyReply {
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`)
    .header("cache-control", "no-store")
    .send(toCsv(table));
}

/** `2026-03-01` from an ISO instant, for file names. */
export const dayOf = (iso: string): string => iso.slice(0, 10);
