/**
 * What a PostgreSQL transaction knows of the conversations whose row it has locked (FOR UPDATE):
 * their last_seq now. Nobody else can append to them before it commits, so the next message's seq is
 * known before the append and the bump, insert and index row go to the server as one statement.
 */
const byTransaction = new WeakMap<object, Map<string, number>>();

export function lockedSeqs(transaction: object): Map<string, number> {
  let seqs = byTransaction.get(transaction);
  if (!seqs) {
    seqs = new Map();
    byTransaction.set(transaction, seqs);
  }
  return seqs;
}
