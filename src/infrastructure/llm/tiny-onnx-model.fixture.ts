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
