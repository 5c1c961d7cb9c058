/** Produces unique ids with a readable prefix, e.g. conv_01J..., injected for deterministic tests. */
export interface IdGenerator {
  next(prefix: string): string;
}
