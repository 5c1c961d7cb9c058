import type { Random } from "./seeded-random.js";

/** Real city, state and zip triples; the street is drawn from plain names (ours, not from any data set). */
const PLACES: readonly [string, string, string][] = [
  ["Springfield", "IL", "62701"],
  ["Austin", "TX", "78701"],
  ["Portland", "OR", "97205"],
  ["Denver", "CO", "80202"],
  ["Columbus", "OH", "43215"],
  ["Madison", "WI", "53703"],
  ["Raleigh", "NC", "27601"],
  ["Boise", "ID", "83702"],
  ["Tucson", "AZ", "85701"],
  ["Albany", "NY", "12207"],
  ["Richmond", "VA", "23219"],
  ["Lincoln", "NE", "68508"],
];
const STREETS = [
  "Maple Avenue",
  "Oak Street",
  "Cedar Lane",
  "Pine Road",
  "Elm Street",
  "Birch Drive",
  "Lake View Road",
];

/** A realistic US address a shopper could move an order to. */
export function randomUsAddress(rng: Random): { line1: string; city: string; state: string; zip: string } {
  const [city, state, zip] = rng.pick(PLACES);
  return { line1: `${10 + rng.int(980)} ${rng.pick(STREETS)}`, city, state, zip };
}
