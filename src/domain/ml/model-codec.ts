import { z } from "zod";
import { base64ToFloat32, base64ToUint32, float32ToBase64, uint32ToBase64 } from "./base64.js";
import type { LogisticModel } from "./logistic-model.js";
import type { SoftmaxModel } from "./softmax-model.js";

/**
 * A dense row-major table stored sparsely: only rows with a non-zero entry are kept, as base64
 * little-endian arrays, which keeps hashed models small and JSON-safe.
 */
export const SparseRows = z.object({
  rowLength: z.number().int().positive(),
  rows: z.string(),
  values: z.string(),
});
export type SparseRows = z.infer<typeof SparseRows>;

/** JSON-safe form of a SoftmaxModel. */
export const SerializedSoftmax = z.object({
  kind: z.literal("softmax"),
  dimension: z.number().int().positive(),
  classes: z.number().int().min(2),
  temperature: z.number().positive(),
  bias: z.array(z.number()),
  weights: SparseRows,
});
export type SerializedSoftmax = z.infer<typeof SerializedSoftmax>;

/** JSON-safe form of a LogisticModel. */
export const SerializedLogistic = z.object({
  kind: z.literal("logistic"),
  dimension: z.number().int().positive(),
  bias: z.number(),
  platt: z.object({ a: z.number(), b: z.number() }),
  weights: SparseRows,
});
export type SerializedLogistic = z.infer<typeof SerializedLogistic>;

/** Packs the non-zero rows of a dense table. */
export function encodeRows(table: Float32Array, rowLength: number): SparseRows {
  const rowCount = table.length / rowLength;
  const kept: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < rowLength; c++) {
      if ((table[r * rowLength + c] ?? 0) !== 0) {
        kept.push(r);
        break;
      }
    }
  }
  const values = new Float32Array(kept.length * rowLength);
  kept.forEach((r, i) => {
    values.set(table.subarray(r * rowLength, (r + 1) * rowLength), i * rowLength);
  });
  return { rowLength, rows: uint32ToBase64(Uint32Array.from(kept)), values: float32ToBase64(values) };
}

/** Unpacks rows into a dense table of `rowCount * rowLength`; throws RangeError on bad shapes. */
export function decodeRows(packed: SparseRows, rowCount: number): Float32Array {
  const rows = base64ToUint32(packed.rows);
  const values = base64ToFloat32(packed.values);
  if (values.length !== rows.length * packed.rowLength) throw new RangeError("row values do not match row count");
  const table = new Float32Array(rowCount * packed.rowLength);
  rows.forEach((r, i) => {
    if (r >= rowCount) throw new RangeError(`row ${r} is outside the table`);
    table.set(values.subarray(i * packed.rowLength, (i + 1) * packed.rowLength), r * packed.rowLength);
  });
  return table;
}

/** SoftmaxModel → plain JSON-safe object. */
export function serializeSoftmax(model: SoftmaxModel): SerializedSoftmax {
  return {
    kind: "softmax",
    dimension: model.dimension,
    classes: model.classes,
    temperature: model.temperature,
    bias: Array.from(model.bias),
    weights: encodeRows(model.weights, model.classes),
  };
}

/** Validated plain object → SoftmaxModel. */
export function deserializeSoftmax(data: SerializedSoftmax): SoftmaxModel {
  if (data.bias.length !== data.classes || data.weights.rowLength !== data.classes) {
    throw new RangeError("softmax model shape does not match its class count");
  }
  return {
    kind: "softmax",
    dimension: data.dimension,
    classes: data.classes,
    temperature: data.temperature,
    bias: Float32Array.from(data.bias),
    weights: decodeRows(data.weights, data.dimension),
  };
}

/** LogisticModel → plain JSON-safe object. */
export function serializeLogistic(model: LogisticModel): SerializedLogistic {
  return {
    kind: "logistic",
    dimension: model.dimension,
    bias: model.bias,
    platt: { ...model.platt },
    weights: encodeRows(model.weights, 1),
  };
}

/** Validated plain object → LogisticModel. */
export function deserializeLogistic(data: SerializedLogistic): LogisticModel {
  return {
    kind: "logistic",
    dimension: data.dimension,
    bias: data.bias,
    platt: { ...data.platt },
    weights: decodeRows(data.weights, data.dimension),
  };
}
