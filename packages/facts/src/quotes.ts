import type { FactId, FactPack, SourceId } from "./schema.js";
import { foldWhitespace } from "./text.js";

/**
 * A reference whose quote could not be confirmed. `problem` says why: `no-saved-copy` (its source
 * names no `savedAs` file, or is not in the pack), `missing-document` (`readDocument` has no text
 * for that file) or `not-found` (the quote is not in the text once white space is folded).
 */
export interface QuoteMismatch {
  readonly fact: FactId;
  /** The reference's index in the fact's `references`. */
  readonly reference: number;
  readonly source: SourceId;
  readonly problem: "no-saved-copy" | "missing-document" | "not-found";
  /** The saved copy's file name, when the source names one. */
  readonly file?: string;
  readonly quote: string;
  /** For "not-found": the longest start of the quote that the document does contain. */
  readonly matchedPrefix?: string;
  readonly message: string;
}

/**
 * What {@link checkQuotes} returns: `checked`, the number of references it checked, and the ones
 * whose quote it could not confirm.
 */
export interface QuoteReport {
  readonly checked: number;
  readonly mismatches: readonly QuoteMismatch[];
}

/**
 * Checks every quote of a pack against the saved source texts, character for character once
 * white space (U+00A0 included) is folded on both sides. `readDocument` returns a saved copy's
 * text by file name, or undefined when there is none.
 */
export function checkQuotes(
  pack: Pick<FactPack, "facts" | "sources">,
  readDocument: (file: string) => string | undefined,
): QuoteReport {
  const sources = new Map(pack.sources.map((s) => [s.id as string, s]));
  const folded = new Map<string, string | undefined>();
  const documentText = (file: string) => {
    if (!folded.has(file)) {
      const text = readDocument(file);
      folded.set(file, text === undefined ? undefined : foldWhitespace(text));
    }
    return folded.get(file);
  };
  const mismatches: QuoteMismatch[] = [];
  let checked = 0;
  for (const fact of pack.facts) {
    fact.references.forEach((ref, reference) => {
      checked += 1;
      const base = { fact: fact.id, reference, source: ref.source, quote: ref.quote };
      const file = sources.get(ref.source)?.savedAs;
      if (file === undefined) {
        mismatches.push({
          ...base,
          problem: "no-saved-copy",
          message: `Source "${ref.source}" names no saved copy (savedAs).`,
        });
        return;
      }
      const text = documentText(file);
      if (text === undefined) {
        mismatches.push({
          ...base,
          file,
          problem: "missing-document",
          message: `No file "${file}" for source "${ref.source}".`,
        });
        return;
      }
      const quote = foldWhitespace(ref.quote);
      if (text.includes(quote)) return;
      const matchedPrefix = longestPrefixIn(quote, text);
      mismatches.push({
        ...base,
        file,
        problem: "not-found",
        matchedPrefix,
        message: `Quote not in ${file}; it matches up to character ${matchedPrefix.length}, then differs at: "${quote.slice(matchedPrefix.length, matchedPrefix.length + 30)}"`,
      });
    });
  }
  return { checked, mismatches };
}

function longestPrefixIn(quote: string, text: string): string {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return quote.slice(0, low);
}
