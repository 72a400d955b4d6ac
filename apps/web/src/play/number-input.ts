/** Words a learner may type after a number, and what they multiply it by, by language. */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  // Russian: тыс., тысяч, млн, миллионов, млрд, миллиардов (and their other endings).
  тыс: 1e3,
  тысяча: 1e3,
  тысячи: 1e3,
  тысяч: 1e3,
  млн: 1e6,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  млрд: 1e9,
  миллиард: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
};

/** Korean number units: 십 백 천 inside a group of four digits, 만 억 조 between groups. */
const KOREAN_SMALL: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
const KOREAN_LARGE: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };

/**
 * A typed number as the learner meant it, in the question's language: "12,000", "12 000",
 * "$500 million", "US$ 1.5bn", "500m", "20%"; in Korean also "3만 7천", "4억 5천만", "5만 명";
 * in Russian also "37 000", "3,5" (a decimal comma), "500 млн", "760 долларов". NaN for anything
 * else (the answer then cannot be checked, and the page says nothing was counted as an answer).
 */
export function parseTypedNumber(text: string, lang = "en"): number {
  // Spaces of every width (a no-break space, as Russian writes 37 000) are spaces.
  let bare = text.replace(/[\u00a0\u202f\u2009]/g, " ").trim();
  // A percentage is typed as its number, with or without the sign: "57%" is 57 (percent).
  bare = bare.replace(/\s*(?:%|per\s?cent|процент(?:а|ов)?)$/i, "");
  if (lang === "ko") {
    // What a Korean answer may carry around its number: 약 before, 명, 달러, 시간… after.
    bare = bare
      .replace(/^(?:약|대략)\s*/, "")
      .replace(/\s*(?:명|달러|미국\s?달러|시간|일|개월|년|건|개)$/, "");
    if (/[십백천만억조]/.test(bare)) return koreanNumber(bare);
  }
  if (lang === "ru") bare = bare.replace(/\s*(?:долл(?:\.|аров|ара|ар)?(?:\s*США)?|США)$/i, "");
  const match = /^(?:US)?\$?\s*(-?[\d.,\s]*\d)\s*([a-zа-яё]+)?\.?$/i.exec(bare);
  if (!match) return Number.NaN;
  const [, digits = "", word] = match;
  // Before a Russian scale word a comma is always the decimal one: "1,235 млн" is 1,235,000.
  const number =
    lang === "ru" && word !== undefined
      ? digits.replace(/\s/g, "").replace(",", ".")
      : plainDigits(digits, lang);
  if (word === undefined) return Number(number);
  const scale = SCALES[word.toLowerCase()];
  return scale === undefined ? Number.NaN : times(number, scale);
}

/** A decimal number times a power of ten, exactly: "16.423" million is 16,423,000, not 16,422,999.999… */
const times = (decimal: string, power: number): number =>
  Number(`${decimal}e${Math.round(Math.log10(power))}`);

/**
 * The digits as JavaScript reads them. A comma before exactly three digits groups thousands in
 * any language ("12,000"); any other comma is Russian's decimal comma ("3,5"), and not a number
 * in English or Korean.
 */
function plainDigits(digits: string, lang: string): string {
  const grouped = digits.replace(/\s/g, "").replace(/,(?=\d{3}(?!\d))/g, "");
  if (!grouped.includes(",")) return grouped;
  return lang === "ru" && !grouped.includes(".") ? grouped.replace(",", ".") : "NaN";
}

/** A Korean number with units: "3만 7천" is 37,000; "4억 5천만" is 450,000,000. */
function koreanNumber(text: string): number {
  const parts = text.replace(/\s/g, "").match(/(\d[\d,]*(?:\.\d+)?)?([십백천만억조])?/g);
  if (!parts || parts.join("") !== text.replace(/\s/g, "")) return Number.NaN;
  let total = 0;
  /** The group below the next 만 or 억: "5천" of "5천만". */
  let group = 0;
  for (const part of parts) {
    if (part === "") continue;
    const [, digits, unit] = /^(\d[\d,]*(?:\.\d+)?)?([십백천만억조])?$/.exec(part) ?? [];
    const n = digits === undefined ? undefined : digits.replace(/,/g, "");
    if (n !== undefined && Number.isNaN(Number(n))) return Number.NaN;
    if (unit === undefined) group += Number(n ?? 0);
    else if (unit in KOREAN_SMALL) group += times(n ?? "1", KOREAN_SMALL[unit] ?? 1);
    else {
      group += Number(n ?? 0);
      total += times(String(group === 0 ? 1 : group), KOREAN_LARGE[unit] ?? 1);
      group = 0;
    }
  }
  return total + group;
}
