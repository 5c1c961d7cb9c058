import type { Migration, MigrationProvider } from "kysely";
import * as initialSchema from "./001-initial-schema.js";
import * as piiAtRest from "./003-pii-at-rest.js";
import * as identity from "./004-identity.js";
import * as idempotencyExpiry from "./005-idempotency-expiry.js";
import * as channelThreads from "./010-channel-threads.js";
import * as webhooks from "./011-webhooks.js";
import * as conversationVersion from "./012-conversation-version.js";
import * as messageSearchTerms from "./013-message-search-terms.js";
import * as cannedReplies from "./014-canned-replies.js";
import * as messageSearchIndex from "./015-message-search-index.js";

/** Every migration, listed in code so bundles and tests need no filesystem scan. Names sort in run order. */
const MIGRATIONS: Record<string, Migration> = {
  "001-initial-schema": initialSchema,
  "003-pii-at-rest": piiAtRest,
  "005-idempotency-expiry": idempotencyExpiry,
  "004-identity": identity,
  "010-channel-threads": channelThreads,
  "011-webhooks": webhooks,
  "012-conversation-version": conversationVersion,
  "013-message-search-terms": messageSearchTerms,
  "014-canned-replies": cannedReplies,
  "015-message-search-index": messageSearchIndex,
};

export const staticMigrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
