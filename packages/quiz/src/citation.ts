import { formatDatePoint, isPartialDate } from "@nklabor/facts";
import type { QuestionCitation } from "./question.js";

/**
 * An ISO partial date in English words: "2021-02-17" is "17 February 2021", "2019-08" is
 * "August 2019", "2017" is "2017". A date that is not one (a day not in the calendar, another
 * format) is returned as it is.
 */
export function formatPublished(iso: string): string {
  return isPartialDate(iso) ? formatDatePoint({ date: iso }) : iso;
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 2
    ? names.join(" and ")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export interface CitationFormat {
  /** Add the quote after a colon (default true). */
  readonly quote?: boolean;
  /** Add the article's address (default true). */
  readonly url?: boolean;
}

/**
 * A citation in words, the one place a question's source is written out:
 * `The Moscow Times, “Headline”, 12 January 2018 (via Interfax), https://…: “quote”`.
 * "via" names who passed the claim on, and only when someone did.
 */
export function formatCitation(c: QuestionCitation, options: CitationFormat = {}): string {
  const via = c.via && c.via.length > 0 ? ` (via ${listed(c.via)})` : "";
  const url = options.url !== false && c.url ? `, ${c.url}` : "";
  const quote = options.quote !== false && c.quote ? `: “${c.quote}”` : "";
  return `${c.publisher}, “${c.headline}”, ${formatPublished(c.published)}${via}${url}${quote}`;
}
