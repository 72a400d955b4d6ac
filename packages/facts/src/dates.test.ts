import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDatePoints,
  dateBounds,
  formatDatePoint,
  formatWhen,
  precisionOf,
} from "./dates.js";
import type { DatePoint } from "./schema.js";
import { PartialDate } from "./schema.js";

const point = (date: string, part?: DatePoint["part"]): DatePoint =>
  part ? { date: date as PartialDate, part } : { date: date as PartialDate };

describe("partial dates", () => {
  it("formats each precision and part the way the sources say it", () => {
    expect(formatDatePoint(point("2017"))).toBe("2017");
    expect(formatDatePoint(point("2017", "mid"))).toBe("mid-2017");
    expect(formatDatePoint(point("2020", "late"))).toBe("late 2020");
    expect(formatDatePoint(point("2017-12"))).toBe("December 2017");
    expect(formatDatePoint(point("2017-12-22"))).toBe("22 December 2017");
    expect(formatWhen({ kind: "period", from: point("2020", "late") })).toBe("since late 2020");
  });

  it("covers the whole span of a partial date", () => {
    expect(dateBounds(point("2020-02"))).toEqual({ start: "2020-02-01", end: "2020-02-29" });
    expect(dateBounds(point("2019"))).toEqual({ start: "2019-01-01", end: "2019-12-31" });
    expect(dateBounds(point("2020", "late"))).toEqual({ start: "2020-09-01", end: "2020-12-31" });
    expect(precisionOf("2017-12" as PartialDate)).toBe("month");
  });

  it("rejects dates that do not exist and accepts every real one", () => {
    expect(PartialDate.safeParse("2019-02-29").success).toBe(false);
    expect(PartialDate.safeParse("2020-02-29").success).toBe(true);
    expect(PartialDate.safeParse("2019-13").success).toBe(false);
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          return (
            PartialDate.safeParse(iso).success && PartialDate.safeParse(iso.slice(0, 7)).success
          );
        },
      ),
    );
  });

  it("orders points consistently: a day sorts inside its month and year", () => {
    expect(compareDatePoints(point("2017"), point("2017-12-22"))).toBeLessThan(0);
    expect(compareDatePoints(point("2017-12-22"), point("2018"))).toBeLessThan(0);
    expect(compareDatePoints(point("2019", "late"), point("2019-12-22"))).toBeLessThan(0);
  });
});
