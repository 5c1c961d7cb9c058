import { describe, expect, it } from "vitest";
import { EMMA, LI_NA } from "../use-cases/shop-data/demo-customers.js";
import { savedAddressNamed } from "./flow-slots.js";

describe("savedAddressNamed", () => {
  it("picks the one saved address whose city 'my … address' names", () => {
    expect(savedAddressNamed("ship it to my oakland address instead", EMMA)).toMatchObject({
      line1: "88 Pine Road, Apt 4",
      city: "Oakland",
    });
    expect(savedAddressNamed("寄到我北京的地址", LI_NA)).toMatchObject({ city: "北京市" });
  });

  it("needs both a city of a saved address and 'my … address'", () => {
    expect(savedAddressNamed("ship it to Oakland", EMMA)).toBeUndefined();
    expect(savedAddressNamed("ship it to my Boston address", EMMA)).toBeUndefined();
  });
});
