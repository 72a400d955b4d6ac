/** Folds every run of white space (U+00A0 included) into one space, so quotes compare by their words. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
