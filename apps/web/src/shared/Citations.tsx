import { formatCitation, type Question } from "@nklabor/quiz";
import { isLang } from "../i18n/lang.js";
import { useLabelsSoon } from "./quiz-labels.js";
import { CitationList } from "./Sources.js";

/**
 * The sources behind a question, each captioned with its full citation (publisher, headline,
 * date, who relayed it) in the quiz's words; a teacher's own question's in English.
 */
export function Citations(props: {
  readonly question: Question;
  readonly lang: string | undefined;
}) {
  const labels = useLabelsSoon(isLang(props.lang) ? props.lang : "en");
  return (
    <CitationList
      {...props}
      caption={(c) => formatCitation(c, { quote: false, url: false, labels })}
    />
  );
}
