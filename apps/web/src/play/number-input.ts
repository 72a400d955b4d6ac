/** Words a learner may type after a number, and what they multiply it by. */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
};

/**
 * A typed number as the learner meant it: "12,000", "12 000", "$500 million", "US$ 1.5bn",
 * "500m", "20%". NaN for anything else (the answer then cannot be checked, and the page says nothing
 * was counted as an answer).
 */
export function parseTypedNumber(text: string): number {
  // A percentage is typed as its number, with or without the sign: "57%" is 57 (percent).
  const bare = text.trim().replace(/\s*(?:%|per\s?cent)$/i, "");
  const match = /^(?:US)?\$?\s*(-?[\d.,\s]*\d)\s*([a-z]+)?\.?$/i.exec(bare);
  if (!match) return Number.NaN;
  const [, digits = "", word] = match;
  const value = Number(digits.replace(/[,\s]/g, ""));
  if (word === undefined) return value;
  const scale = SCALES[word.toLowerCase()];
  return scale === undefined ? Number.NaN : value * scale;
}
