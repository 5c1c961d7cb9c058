/** US states, DC and territories: two-letter code → name, for "CA" / "California" / "calif" alike. */
export const US_STATES: Readonly<Record<string, string>> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
  PR: "Puerto Rico",
  GU: "Guam",
  VI: "Virgin Islands",
};

/** Common abbreviations shoppers write instead of the code. */
const STATE_ALIASES: Readonly<Record<string, string>> = {
  calif: "CA",
  cali: "CA",
  "d.c.": "DC",
  mass: "MA",
  penn: "PA",
  penna: "PA",
  tex: "TX",
  fla: "FL",
  wash: "WA",
  ill: "IL",
  mich: "MI",
  minn: "MN",
  wisc: "WI",
  ariz: "AZ",
  colo: "CO",
  conn: "CT",
  "n.y.": "NY",
  "n. carolina": "NC",
  "s. carolina": "SC",
};

const BY_NAME = new Map<string, string>([
  ...Object.entries(US_STATES).map(([code, name]): [string, string] => [name.toLowerCase(), code]),
  ...Object.entries(STATE_ALIASES),
]);

/** Two-letter code for a state written as a code, a name or a common abbreviation; undefined otherwise. */
export function usStateCode(raw: string): string | undefined {
  const t = raw.trim().replace(/\s+/g, " ");
  const upper = t.replace(/\./g, "").toUpperCase();
  if (upper.length === 2 && upper in US_STATES) return upper;
  return BY_NAME.get(t.toLowerCase()) ?? BY_NAME.get(t.toLowerCase().replace(/\.$/, ""));
}

/** Every written form of a state (names, aliases), longest first, for matching at the end of a line. */
export const STATE_NAME_FORMS: readonly string[] = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);
