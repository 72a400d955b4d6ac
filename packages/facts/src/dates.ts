import { PART_GLOSSARY } from "./glossary.js";
import type { DatePoint, PartialDate, When } from "./schema.js";
import type { Language } from "./schema-ids.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The form of an ISO partial date: `2017`, `2017-12` or `2017-12-22`. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a partial date's day, if it has one, is in the calendar (2019-02-29 is not). */
export function isCalendarDay(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a text is an ISO partial date with a day in the calendar: what PartialDate accepts. */
export function isPartialDate(value: string): value is PartialDate {
  return PARTIAL_DATE.test(value) && isCalendarDay(value);
}

/** First and last day covered by a point, as ISO dates; a part ("late 2020") narrows it to a third. */
export function dateBounds(point: DatePoint): { start: string; end: string } {
  const [y = "0000", m, d] = point.date.split("-");
  if (d !== undefined && m !== undefined) return { start: point.date, end: point.date };
  if (m !== undefined) {
    const last = daysInMonth(Number(y), Number(m));
    const [from, to] = thirds(point.part, [1, 10, 11, 20, 21, last]);
    return { start: `${y}-${m}-${pad(from)}`, end: `${y}-${m}-${pad(to)}` };
  }
  const [from, to] = thirds(point.part, [1, 4, 5, 8, 9, 12]);
  return {
    start: `${y}-${pad(from)}-01`,
    end: `${y}-${pad(to)}-${pad(daysInMonth(Number(y), to))}`,
  };
}

function thirds(part: DatePoint["part"], [a, b, c, d, e, f]: number[]): [number, number] {
  if (part === "early") return [a ?? 1, b ?? 1];
  if (part === "mid") return [c ?? 1, d ?? 1];
  if (part === "late") return [e ?? 1, f ?? 1];
  return [a ?? 1, f ?? 1];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

// The spans already worked out, by `When` object.
const bounds = new WeakMap<When, { start: string; end: string }>();
/**
 * The span a `When` covers, as first and last days in ISO form (`2020-09-01`), which compare as
 * strings; an open period runs to the end of time (`9999-12-31`), and "by" a date from the start of
 * it (`0000-01-01`), its start being unknown. Cached by object: a `When` changed after being asked
 * about keeps its old span.
 */
export function whenBounds(when: When): { start: string; end: string } {
  let span = bounds.get(when);
  if (!span) {
    span =
      when.kind === "point"
        ? dateBounds(when.at)
        : when.kind === "by"
          ? { start: "0000-01-01", end: dateBounds(when.at).end }
          : {
              start: dateBounds(when.from).start,
              end: when.to ? dateBounds(when.to).end : "9999-12-31",
            };
    bounds.set(when, span);
  }
  return span;
}

/** Orders points by the day they start; at equal starts, the more precise first. */
export function compareDatePoints(a: DatePoint, b: DatePoint): number {
  const x = dateBounds(a);
  const y = dateBounds(b);
  return x.start.localeCompare(y.start) || x.end.localeCompare(y.end);
}

/**
 * Orders two `When`s for sorting: by the first day each covers, then by the last, so at equal
 * starts the one that ends sooner comes first. Returns a negative number, zero or a positive
 * number, as `Array.prototype.sort` expects; a "by" date, whose start is unknown, sorts as starting
 * first.
 */
export function compareWhen(a: When, b: When): number {
  const x = whenBounds(a);
  const y = whenBounds(b);
  return x.start.localeCompare(y.start) || x.end.localeCompare(y.end);
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
/** A partial date as a language writes it on its own: "2019년 8월", "август 2019 г.". */
function intlDate(date: string, lang: Exclude<Language, "en">): string {
  const [y = 0, m, d] = date.split("-").map(Number);
  const options: Intl.DateTimeFormatOptions = {
    timeZone: "UTC",
    year: "numeric",
    ...(m !== undefined ? { month: "long" } : {}),
    ...(d !== undefined ? { day: "numeric" } : {}),
  };
  const key = `${lang}|${Object.keys(options).join()}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    DATE_FORMATS.set(key, format);
  }
  const text = format.format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
  // A year alone is "2019 г." in Russian writing, as its months and days are.
  return lang === "ru" && m === undefined ? `${text} г.` : text;
}

/**
 * "2017", "mid-2017", "late 2020", "December 2017", "22 December 2017"; in Korean and Russian as
 * those languages write a date standing alone ("2020년 말", "конец 2020 г."), the part of the year
 * by the glossary.
 */
export function formatDatePoint(point: DatePoint, lang: Language = "en"): string {
  if (lang !== "en") {
    // "конец августа 2019 г.": after a part, a Russian month is in the genitive, as after a day.
    const genitive = lang === "ru" && point.part && precisionOf(point.date) === "month";
    const date = genitive
      ? intlDate(`${point.date}-01`, lang).replace(/^1\s/, "")
      : intlDate(point.date, lang);
    return point.part ? PART_GLOSSARY[lang][point.part].replace("{date}", date) : date;
  }
  const [y, m, d] = point.date.split("-");
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  const base = d !== undefined ? `${Number(d)} ${month} ${y}` : month ? `${month} ${y}` : `${y}`;
  return point.part ? PART_GLOSSARY.en[point.part].replace("{date}", base) : base;
}

/**
 * A `When` in English words: "late 2020", "by December 2017", "2017 to 2019", "since late 2020".
 * English only: for Korean or Russian, format its dates with {@link formatDatePoint}.
 */
export function formatWhen(when: When): string {
  if (when.kind === "point") return formatDatePoint(when.at);
  if (when.kind === "by") return `by ${formatDatePoint(when.at)}`;
  return when.to
    ? `${formatDatePoint(when.from)} to ${formatDatePoint(when.to)}`
    : `since ${formatDatePoint(when.from)}`;
}

/** The precision a partial date was given with. */
export function precisionOf(date: PartialDate): "year" | "month" | "day" {
  const parts = date.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}
