/** Protobuf wire encoding, just enough to write a tiny ONNX model without any tooling. */
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}
const field = (no: number, wire: number) => varint((no << 3) | wire);
const int = (no: number, v: number) => [...field(no, 0), ...varint(v)];
const bytes = (no: number, b: number[]) => [...field(no, 2), ...varint(b.length), ...b];
const str = (no: number, s: string) => bytes(no, [...Buffer.from(s, "utf8")]);

/** ValueInfoProto: a float tensor of shape [n]. */
function floatVector(name: string, n: number): number[] {
  const dim = int(1, n);
  const shape = bytes(1, dim);
  const tensorType = [...int(1, 1), ...bytes(2, shape)];
  const type = bytes(1, tensorType);
  return [...str(1, name), ...bytes(2, type)];
}

/** An ONNX model computing y = x + x for a float vector of length n (opset 13). */
export function tinyDoublingModel(n: number): Uint8Array {
  const node = [...str(1, "x"), ...str(1, "x"), ...str(2, "y"), ...str(4, "Add")];
  const graph = [
    ...bytes(1, node),
    ...str(2, "double"),
    ...bytes(11, floatVector("x", n)),
    ...bytes(12, floatVector("y", n)),
  ];
  const opset = int(2, 13);
  return Uint8Array.from([...int(1, 7), ...bytes(7, graph), ...bytes(8, opset)]);
}

/** ValueInfoProto with named (symbolic) dimensions, e.g. int64 [batch, sequence]. */
function tensorInfo(name: string, elemType: number, dims: (number | string)[]): number[] {
  const shape = dims.flatMap((d) => bytes(1, typeof d === "number" ? int(1, d) : str(2, d)));
  const tensorType = [...int(1, elemType), ...bytes(2, shape)];
  return [...str(1, name), ...bytes(2, bytes(1, tensorType))];
}

/** A float initializer (TensorProto with raw little-endian data). */
function floatInitializer(name: string, dims: number[], values: Float32Array): number[] {
  const raw = [...new Uint8Array(values.buffer, values.byteOffset, values.byteLength)];
  return [...dims.flatMap((d) => int(1, d)), ...int(2, 1), ...str(8, name), ...bytes(9, raw)];
}

/**
 * A BERT-shaped encoder reduced to its embedding table: last_hidden_state = E[input_ids].
 * Row i of the table is `rows[i]`, so pooled outputs are predictable in a test.
 */
export function tinyEmbeddingModel(rows: number[][]): Uint8Array {
  const dim = rows[0]?.length ?? 0;
  const table = Float32Array.from(rows.flat());
  const node = [...str(1, "embeddings"), ...str(1, "input_ids"), ...str(2, "last_hidden_state"), ...str(4, "Gather")];
  const graph = [
    ...bytes(1, node),
    ...str(2, "tiny-encoder"),
    ...bytes(5, floatInitializer("embeddings", [rows.length, dim], table)),
    ...bytes(11, tensorInfo("input_ids", 7, ["batch", "sequence"])),
    ...bytes(11, tensorInfo("attention_mask", 7, ["batch", "sequence"])),
    ...bytes(12, tensorInfo("last_hidden_state", 1, ["batch", "sequence", dim])),
  ];
  return Uint8Array.from([...int(1, 7), ...bytes(7, graph), ...bytes(8, int(2, 13))]);
}

const SPECIAL = ["[PAD]", "[UNK]"];

/** The files a transformers feature-extraction model directory needs; `vocab` must hold [PAD] and [UNK]. */
export function tinyEmbeddingModelFiles(vocab: string[], rows: number[][]): Record<string, string | Uint8Array> {
  const ids = Object.fromEntries(vocab.map((w, i) => [w, i]));
  const tokenizer = {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.filter((t) => t in ids).map((content) => ({
      id: ids[content],
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: "BertNormalizer",
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: null,
    decoder: null,
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
  return {
    "config.json": JSON.stringify({ model_type: "bert", hidden_size: rows[0]?.length ?? 0, vocab_size: vocab.length }),
    "tokenizer.json": JSON.stringify(tokenizer),
    "tokenizer_config.json": JSON.stringify({
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      unk_token: "[UNK]",
      pad_token: "[PAD]",
    }),
    "onnx/model.onnx": tinyEmbeddingModel(rows),
  };
}
