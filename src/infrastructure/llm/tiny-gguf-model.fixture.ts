/** GGUF v3 writer, just enough for a tiny random llama model to test node-llama-cpp's loading path. */
const TYPE = { u32: 4, f32: 6, string: 8, array: 9 } as const;

class Writer {
  private readonly parts: Buffer[] = [];
  size = 0;
  private push(b: Buffer): void {
    this.parts.push(b);
    this.size += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const b = Buffer.from(s, "utf8");
    this.u64(b.length);
    this.push(b);
  }
  bytes(b: Buffer): void {
    this.push(b);
  }
  pad(align: number): void {
    const rest = this.size % align;
    if (rest) this.push(Buffer.alloc(align - rest));
  }
  buffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

type Kv =
  | [string, "u32", number]
  | [string, "f32", number]
  | [string, "string", string]
  | [string, "strings", string[]];
type KvArray = [string, "f32s" | "i32s", number[]];

/** A deterministic pseudo-random generator so the fixture is the same on every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296 - 0.5;
  };
}

/**
 * A 1-layer llama with 16-wide embeddings and a byte vocabulary (SentencePiece-style byte tokens),
 * random weights: it loads, tokenises and generates (nonsense) like any real GGUF.
 */
export function tinyLlamaGguf(): Uint8Array {
  const nEmbd = 16;
  const nFf = 32;
  const nHead = 2;
  const bytes = Array.from({ length: 256 }, (_, i) => `<0x${i.toString(16).toUpperCase().padStart(2, "0")}>`);
  const tokens = ["<unk>", "<s>", "</s>", ...bytes];
  const nVocab = tokens.length;
  const kvs: (Kv | KvArray)[] = [
    ["general.architecture", "string", "llama"],
    ["general.name", "string", "kefu-tiny-test"],
    ["llama.context_length", "u32", 512],
    ["llama.embedding_length", "u32", nEmbd],
    ["llama.block_count", "u32", 1],
    ["llama.feed_forward_length", "u32", nFf],
    ["llama.attention.head_count", "u32", nHead],
    ["llama.attention.head_count_kv", "u32", nHead],
    ["llama.attention.layer_norm_rms_epsilon", "f32", 1e-5],
    ["llama.rope.dimension_count", "u32", nEmbd / nHead],
    ["tokenizer.ggml.model", "string", "llama"],
    ["tokenizer.ggml.tokens", "strings", tokens],
    ["tokenizer.ggml.scores", "f32s", tokens.map(() => 0)],
    // 2 = unknown, 3 = control, 6 = byte
    ["tokenizer.ggml.token_type", "i32s", tokens.map((_, i) => (i === 0 ? 2 : i < 3 ? 3 : 6))],
    ["tokenizer.ggml.bos_token_id", "u32", 1],
    ["tokenizer.ggml.eos_token_id", "u32", 2],
    ["tokenizer.ggml.unknown_token_id", "u32", 0],
  ];
  const tensors: [string, number[]][] = [
    ["token_embd.weight", [nEmbd, nVocab]],
    ["output_norm.weight", [nEmbd]],
    ["output.weight", [nEmbd, nVocab]],
    ["blk.0.attn_norm.weight", [nEmbd]],
    ["blk.0.attn_q.weight", [nEmbd, nEmbd]],
    ["blk.0.attn_k.weight", [nEmbd, nEmbd]],
    ["blk.0.attn_v.weight", [nEmbd, nEmbd]],
    ["blk.0.attn_output.weight", [nEmbd, nEmbd]],
    ["blk.0.ffn_norm.weight", [nEmbd]],
    ["blk.0.ffn_gate.weight", [nEmbd, nFf]],
    ["blk.0.ffn_up.weight", [nEmbd, nFf]],
    ["blk.0.ffn_down.weight", [nFf, nEmbd]],
  ];
  const w = new Writer();
  w.bytes(Buffer.from("GGUF", "latin1"));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(kvs.length);
  for (const [key, type, value] of kvs) {
    w.str(key);
    if (type === "u32" && typeof value === "number") {
      w.u32(TYPE.u32);
      w.u32(value);
    } else if (type === "f32" && typeof value === "number") {
      w.u32(TYPE.f32);
      w.f32(value);
    } else if (type === "string" && typeof value === "string") {
      w.u32(TYPE.string);
      w.str(value);
    } else if (Array.isArray(value)) {
      w.u32(TYPE.array);
      w.u32(type === "strings" ? TYPE.string : type === "f32s" ? TYPE.f32 : 5);
      w.u64(value.length);
      for (const v of value) {
        if (typeof v === "string") w.str(v);
        else if (type === "f32s") w.f32(v);
        else w.i32(v);
      }
    }
  }
  const data = new Writer();
  const random = prng(7);
  const offsets: number[] = [];
  for (const [name, shape] of tensors) {
    data.pad(32);
    offsets.push(data.size);
    const n = shape.reduce((a, b) => a * b, 1);
    const values = Buffer.alloc(n * 4);
    for (let i = 0; i < n; i++) values.writeFloatLE(name.includes("norm") ? 1 : random() * 0.2, i * 4);
    data.bytes(values);
  }
  tensors.forEach(([name, shape], i) => {
    w.str(name);
    w.u32(shape.length);
    for (const d of shape) w.u64(d);
    w.u32(0); // F32
    w.u64(offsets[i] ?? 0);
  });
  w.pad(32);
  w.bytes(data.buffer());
  return new Uint8Array(w.buffer());
}
