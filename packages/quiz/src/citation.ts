import { formatDatePoint, isPartialDate, type Language } from "@nklabor/facts";
import { ENGLISH_LABELS, type Labels } from "./labels.js";
import type { QuestionCitation } from "./question.js";

/**
 * An ISO partial date in words: "2021-02-17" is "17 February 2021", "2019-08" is "August 2019",
 * "2017" is "2017" (in Korean and Russian as they write a date). A date that is not one (a day
 * not in the calendar, another format) is returned as it is.
 */
export function formatPublished(iso: string, lang: Language = "en"): string {
  return isPartialDate(iso) ? formatDatePoint({ date: iso }, lang) : iso;
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[], m: Labels["m"]): string {
  const last = names.at(-1) ?? "";
  return names.length <= 1 ? last : m.and({ first: names.slice(0, -1).join(", "), last });
}

/** Options of {@link formatCitation}: what to add to the citation, and in which language. */
export interface CitationFormat {
  /** Add the quote after a colon (default true). */
  readonly quote?: boolean;
  /** Add the article's address (default true). */
  readonly url?: boolean;
  /** The words and date format of the quiz's language (default English). */
  readonly labels?: Labels;
}

/**
 * A citation in words, the one place a question's source is written out:
 * `The Moscow Times, “Headline”, 12 January 2018 (via Interfax), https://…: “quote”`.
 * "via" names who passed the claim on, and only when someone did.
 */
export function formatCitation(c: QuestionCitation, options: CitationFormat = {}): string {
  const labels = options.labels ?? ENGLISH_LABELS;
  const url = options.url !== false && c.url ? `, ${c.url}` : "";
  const quote = options.quote !== false && c.quote ? `: “${c.quote}”` : "";
  const cited = `${c.publisher}, “${c.headline}”, ${formatPublished(c.published, labels.lang)}`;
  const via =
    c.via && c.via.length > 0
      ? labels.m.via({ citation: cited, names: listed(c.via, labels.m) })
      : cited;
  return `${via}${url}${quote}`;
}
