import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.js";

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every line with CRLF", () => {
    const csv = toCsv({
      header: ["name", "count"],
      rows: [
        ["退货", 3],
        ["cancel", 0],
      ],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe("name,count\r\n退货,3\r\ncancel,0\r\n");
  });

  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("guards text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvCell("=HYPERLINK(A1)")).toBe("'=HYPERLINK(A1)");
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("=1,2")).toBe('"\'=1,2"');
    expect(csvCell(-0.25)).toBe("-0.25");
  });

  it("writes empty cells for null, undefined and non-finite numbers", () => {
    expect(toCsv({ header: ["a", "b", "c"], rows: [[null, undefined, Number.NaN]] }).slice(1)).toBe("a,b,c\r\n,,\r\n");
  });
});
