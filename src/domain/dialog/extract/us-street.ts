/** Street-type words ("St", "Road", "Blvd"): where line1 ends when the shopper typed no comma before the city. */
const STREET_TYPES = new Set([
  "street",
  "st",
  "road",
  "rd",
  "avenue",
  "ave",
  "av",
  "boulevard",
  "blvd",
  "lane",
  "ln",
  "drive",
  "dr",
  "way",
  "court",
  "ct",
  "place",
  "pl",
  "terrace",
  "ter",
  "parkway",
  "pkwy",
  "highway",
  "hwy",
  "circle",
  "cir",
  "loop",
  "trail",
  "trl",
  "square",
  "sq",
  "plaza",
  "alley",
  "crescent",
  "cres",
  "path",
  "pike",
  "run",
  "walk",
  "ridge",
  "crossing",
  "broadway",
  "expressway",
  "expy",
  "freeway",
  "turnpike",
  "heights",
  "hts",
  "row",
  "mall",
  "close",
  "gardens",
  "commons",
]);

/** True for a street-type word, with or without a trailing dot. */
export function isStreetType(word: string): boolean {
  return STREET_TYPES.has(word.toLowerCase().replace(/\.$/, ""));
}

/** True for a compass suffix after the street type ("NW" in "1600 Pennsylvania Ave NW"). */
export function isDirection(word: string): boolean {
  return /^(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?$/i.test(word);
}

/** A secondary unit ("Apt 4B", "Suite 259", "#12", "Fl 3"), anchored at the start of the text. */
export const UNIT_AT_START =
  /^(?:(?:apt|apartment|suite|ste|unit|fl|floor|rm|room|bldg|building|dept|lot|spc|space)\.?\s*#?\s*[a-z0-9-]+|#\s*[a-z0-9-]+)(?=\s|,|$)/i;
