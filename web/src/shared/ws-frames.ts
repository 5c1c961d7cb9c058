// Frames of GET /api/v1/ws come from the shared contract; incoming ones are checked on arrival.
export { type ClientFrame, parseServerFrame, type ServerFrame } from "../../../src/contract/ws-frames.js";
