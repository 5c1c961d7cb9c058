import { describe, expect, it } from "vitest";
import { parseUsAddress } from "./parse-us-address.js";

const pine = { line1: "88 Pine Road", line2: "", city: "Oakland", state: "CA", zip: "94610", country: "USA" };
const elm = { line1: "12 Elm St", line2: "Apt 4B", city: "Austin", state: "TX", zip: "78701", country: "USA" };

describe("parseUsAddress: the request around the address never leaks into a field", () => {
  it.each([
    ["can I change the shipping address of W0010001 to 88 Pine Road, Oakland CA 94610?", pine],
    ["can I change the shipping address of #W0010001 to 88 Pine Road, Oakland CA 94610? thanks", pine],
    ["please send order W0010001 to 88 Pine Road Oakland CA 94610 instead, thank you!", pine],
    ["88 Pine Road, Oakland, CA 94610", pine],
    ["88 pine road oakland ca 94610", pine],
    ["New address: 88 Pine Road, Oakland, California 94610, USA", pine],
    ["88 Pine Road\nOakland, CA 94610", pine],
    ["88 Pine Road, Oakland CA 94610 for order #W0010001", pine],
    ["ＣＨＡＮＧＥ　ＩＴ　ＴＯ　８８ Pine Road，Oakland CA 94610？", pine],
    ["88 Pine Road, Oakland, Calif. 94610 pls", pine],
    ["ship it to 12 Elm St Apt 4B, Austin, TX 78701 instead pls", elm],
    ["12 Elm St Apt 4B Austin TX 78701", elm],
    ["12 Elm St, Apt 4B, Austin, Texas 78701", elm],
    ["Apt 4B, 12 Elm St, Austin, TX 78701", elm],
    ["12 Elm St\nApt 4B\nAustin TX 78701\nUSA", elm],
    ["my order W1234567 has 2 items, send them to 12 Elm St Apt 4B Austin TX 78701 😊", elm],
  ])("%s", (text, expected) => expect(parseUsAddress(text)).toEqual(expected));
});

describe("parseUsAddress: shapes of real addresses", () => {
  it("keeps a compass suffix and ZIP+4", () => {
    expect(parseUsAddress("1600 Pennsylvania Ave NW, Washington, DC 20500-0003")).toEqual({
      line1: "1600 Pennsylvania Ave NW",
      line2: "",
      city: "Washington",
      state: "DC",
      zip: "20500-0003",
      country: "USA",
    });
  });

  it("reads a suite as line2 in the tau2 layout", () => {
    expect(parseUsAddress("986 Sunset Drive, Suite 259, Denver, CO 80279")).toMatchObject({
      line1: "986 Sunset Drive",
      line2: "Suite 259",
      city: "Denver",
      state: "CO",
      zip: "80279",
    });
  });

  it("splits a multi-word city without commas at the street type", () => {
    expect(parseUsAddress("5 oak ave st louis missouri 63101 thanks!")).toMatchObject({
      line1: "5 Oak Ave",
      city: "St Louis",
      state: "MO",
      zip: "63101",
    });
  });

  it("does not take the first word after the number as the street type", () => {
    expect(parseUsAddress("100 Court St Boston MA 02108")).toMatchObject({ line1: "100 Court St", city: "Boston" });
  });

  it("reads a two-word state name", () => {
    expect(parseUsAddress("9 Birch Ln, Brooklyn, New York 11201")).toMatchObject({ city: "Brooklyn", state: "NY" });
  });

  it("keeps a state that looks like a word (OK, IN, OR)", () => {
    expect(parseUsAddress("321 Maple Lane, Tulsa, OK 74101")).toMatchObject({ city: "Tulsa", state: "OK" });
    expect(parseUsAddress("4 Lake Dr, Portland, OR 97201")).toMatchObject({ city: "Portland", state: "OR" });
  });

  it("accepts a ZIP+4 written with spaces around the dash", () => {
    expect(parseUsAddress("88 Pine Road, Oakland CA 94610 - 1234")?.zip).toBe("94610-1234");
  });

  it("accepts 'zip' before the zip", () => {
    expect(parseUsAddress("88 Pine Road, Oakland CA, zip 94610")).toMatchObject({ state: "CA", zip: "94610" });
  });

  it("leaves state and zip empty when not given, so the bot can ask", () => {
    expect(parseUsAddress("change it to 42 Main Street, Springfield")).toEqual({
      line1: "42 Main Street",
      line2: "",
      city: "Springfield",
      state: "",
      zip: "",
      country: "USA",
    });
  });

  it("leaves the city empty when it cannot be told from the street", () => {
    expect(parseUsAddress("88 Pine Oakland CA 94610")).toMatchObject({ city: "", state: "CA", zip: "94610" });
  });

  it("accepts a PO box", () => {
    expect(parseUsAddress("PO Box 123, Austin, TX 78701")).toMatchObject({ line1: "PO Box 123", city: "Austin" });
  });

  it("accepts a hash unit", () => {
    expect(parseUsAddress("77 Lake View Dr #12, Chicago, IL 60601")).toMatchObject({
      line1: "77 Lake View Dr",
      line2: "#12",
      city: "Chicago",
    });
  });

  it.each([["where is my order W0010001?"], ["I want to return 2 items"], ["yes"], [""]])(
    "is undefined for %j",
    (text) => expect(parseUsAddress(text)).toBeUndefined(),
  );
});

describe("parseUsAddress: Washington", () => {
  it("reads Washington DC without commas as city and state", () => {
    expect(parseUsAddress("544 Hickory Lane Suite 796 Washington DC 20236")).toMatchObject({
      line2: "Suite 796",
      city: "Washington",
      state: "DC",
    });
  });

  it("reads Washington as the state after a city", () => {
    expect(parseUsAddress("3 Pike St, Seattle, Washington 98101")).toMatchObject({ city: "Seattle", state: "WA" });
  });
});

describe("parseUsAddress: requests after the address", () => {
  it.each([
    [
      "my address changed to 1 Infinite Loop Cupertino CA 95014, can you update W0010001",
      "1 Infinite Loop",
      "Cupertino",
    ],
    [
      "update the address on W0010001: 77 Lake View Dr, Chicago IL 60601. My phone is 415-555-2671",
      "77 Lake View Dr",
      "Chicago",
    ],
    ["I need it sent to 350 5th Ave, New York, NY 10118 please and thank you", "350 5th Ave", "New York"],
    ["change the address for order W0010001 to 15 Oak Street in Portland, Oregon 97201", "15 Oak Street", "Portland"],
    ["Hi, I moved! New address is 1234 W. 5th St., Apt. 3, Los Angeles, CA 90012", "1234 W. 5th St.", "Los Angeles"],
    [
      "ship order #W2611340 to my new place: 742 Evergreen Terrace, Springfield, IL 62704? Thanks!!",
      "742 Evergreen Terrace",
      "Springfield",
    ],
    ["the new addy is 221B Baker Street, Boston MA 02115", "221B Baker Street", "Boston"],
  ])("%s", (text, line1, city) => expect(parseUsAddress(text)).toMatchObject({ line1, city }));
});
