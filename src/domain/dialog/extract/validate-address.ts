import type { AddressPart, ParsedAddress } from "./parsed-address.js";

/** What the bot needs to confirm or complete an address. */
export interface AddressCheck {
  /** Required parts still empty, in the order the bot should ask for them. */
  missing: AddressPart[];
  /** One-line rendering for the confirmation ("88 Pine Road, Oakland, CA 94610, USA"). */
  display: string;
  /** True when nothing required is missing. */
  complete: boolean;
}

const US_REQUIRED = ["line1", "city", "state", "zip"] as const;
const ZH_REQUIRED = ["province", "city", "district", "detail"] as const;

/** Lists the missing required parts (US: street, city, state, zip; ZH: 省, 市, 区, 详细地址) and renders it. */
export function validateAddress(address: ParsedAddress): AddressCheck {
  if (address.kind === "us") {
    const missing: AddressPart[] = US_REQUIRED.filter((k) => address[k].trim() === "");
    const zipOk = address.zip === "" || /^\d{5}(?:-\d{4})?$/.test(address.zip);
    if (!zipOk) missing.push("zip");
    const stateZip = [address.state, address.zip].filter(Boolean).join(" ");
    const display = [address.line1, address.line2, address.city, stateZip, address.country]
      .filter((p) => p.trim() !== "")
      .join(", ");
    return { missing, display, complete: missing.length === 0 };
  }
  const missing: AddressPart[] = ZH_REQUIRED.filter((k) => address[k].trim() === "");
  if (address.zip !== "" && !/^\d{6}$/.test(address.zip)) missing.push("zip");
  // Municipalities repeat as province and city; show the name once ("北京市朝阳区…").
  const head = address.province === address.city ? address.province : `${address.province}${address.city}`;
  const body = `${head}${address.district}${address.detail}`;
  const display = address.zip ? `${body}（邮编 ${address.zip}）` : body;
  return { missing, display, complete: missing.length === 0 };
}
