/** A push-fed async iterable of text chunks, for adapters whose SDK streams through callbacks. */
export interface TextChannel {
  stream: AsyncIterable<string>;
  push(chunk: string): void;
  end(): void;
  fail(err: unknown): void;
}

export function textChannel(): TextChannel {
  const chunks: string[] = [];
  let finished = false;
  let failure: { err: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  async function* iterate(): AsyncGenerator<string> {
    for (;;) {
      const next = chunks.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (failure) throw failure.err;
      if (finished) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  }
  return {
    stream: { [Symbol.asyncIterator]: iterate },
    push(chunk) {
      chunks.push(chunk);
      notify();
    },
    end() {
      finished = true;
      notify();
    },
    fail(err) {
      failure = { err };
      notify();
    },
  };
}
