import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import type { JobQueue } from "../../../application/ports/job-queue.js";
import type { Store } from "../../../application/ports/store.js";
import { importReviews } from "../../../application/use-cases/insights/import-reviews.js";
import { ReviewRow, reviewRowsFromCsv, reviewsFromRows } from "../../../application/use-cases/insights/review-rows.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { requireStaff } from "../auth/guards.js";

/** Rows per request; larger files go in several requests (or `kefu reviews analyze`). */
export const MAX_IMPORT_ROWS = 10_000;
/** Errors listed in a response; the count is always complete. */
const MAX_LISTED_ERRORS = 100;

const ImportBody = z.union([
  z.string().describe("text/csv with a header row"),
  z.array(ReviewRow).describe("JSON array of review objects"),
  z.object({ reviews: z.array(ReviewRow) }),
]);

const ImportResponse = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  toAnalyze: z.number().int(),
  analysisQueued: z.boolean(),
  rejected: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
});

/**
 * Admin review import: JSON or CSV rows, validated one by one; valid rows are stored and their
 * analysis is queued as a background job, bad rows come back with their row number. Resending
 * the same rows changes nothing and queues nothing.
 */
export function reviewImportRoutes(deps: {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  /** Where analysis jobs go: the server's queue (BullMQ on Redis, else the jobs table). */
  queue: () => JobQueue;
}): FastifyPluginAsync {
  return async (plain) => {
    // Scoped to this plugin: only the import route takes CSV bodies.
    plain.addContentTypeParser(["text/csv", "application/csv"], { parseAs: "string" }, (_request, body, done) =>
      done(null, typeof body === "string" ? body : body.toString("utf8")),
    );
    const app = plain.withTypeProvider<ZodTypeProvider>();

    app.post(
      "/insights/reviews/import",
      {
        config: { access: "admin" },
        bodyLimit: 10 * 1024 * 1024,
        schema: {
          tags: ["insights"],
          summary: "Import product reviews (JSON or CSV) and queue their sentiment and aspect analysis",
          body: ImportBody,
          response: { 202: ImportResponse },
        },
      },
      async (request, reply) => {
        const me = requireStaff(request, ["admin"]);
        const body = request.body;
        const rows = typeof body === "string" ? reviewRowsFromCsv(body) : Array.isArray(body) ? body : body.reviews;
        if (rows.length === 0) throw new KefuError("IMPORT_INVALID", "no reviews in the request");
        if (rows.length > MAX_IMPORT_ROWS) {
          throw new KefuError("IMPORT_INVALID", `at most ${MAX_IMPORT_ROWS} reviews per request, got ${rows.length}`);
        }
        const now = deps.clock.nowIso();
        const { items, errors } = reviewsFromRows(rows, now, { ids: "content" });
        const listed = errors.slice(0, MAX_LISTED_ERRORS);
        if (items.length === 0) {
          throw new KefuError("IMPORT_INVALID", `none of the ${rows.length} rows is a valid review`, {
            details: { rejected: errors.length, errors: listed },
          });
        }
        const result = await importReviews(
          { store: deps.store, queue: deps.queue(), clock: deps.clock },
          { reviews: items },
        );
        await deps.store.audit.append({
          id: deps.ids.next("aud"),
          at: now,
          actor: { type: "staff", id: me.id },
          action: "reviews.import",
          entityType: "reviews",
          entityId: "import",
          details: { ...result, rejected: errors.length },
        });
        reply.code(202);
        return { ...result, rejected: errors.length, errors: listed };
      },
    );
  };
}
