// Hand-written English templates added later for phrasings the first templates missed (original
// Kefu data, Apache-2.0). Generated into intents.jsonl with `"pack":"orders-2"`.
export const EN_ORDERS_PACK: Record<string, readonly string[]> = {
  exchange: [
    "(exchange|swap) (the|my) {item} (in|from|on) (order {order}|{order}|my order)[ please]",
    "(i want to|i'd like to|can i) (exchange|swap) the {item} (in|from) (order {order}|my last order)[?]",
  ],
  change_address: [
    "(ship|send|deliver) (order {order}|{order}|my order|it) to (a new place|a different address|another address|somewhere else|my new place)",
    "(can you|please) (ship|send) (order {order}|my order) to (a new|a different|another) (address|place)[?]",
  ],
};
