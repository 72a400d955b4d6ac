import {
  decodeSpec,
  expectedAnswer,
  formatCitation,
  generateQuiz,
  type QuizSpec,
  QuizSpecError,
} from "@nklabor/quiz";
import { useMemo } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import { href } from "../app/router.js";
import { useLang, useT } from "../i18n/i18n.js";
import { contentLang } from "../i18n/lang.js";
import { useLabels } from "../shared/quiz-labels.js";
import { useVoice } from "../shared/voice.js";
import { usePrintWords } from "./words.js";

/** Share codes read, by code: a page renders often, a code is read once. */
const decodedByCode = new Map<
  string,
  { readonly spec: QuizSpec } | { readonly error: QuizSpecError }
>();

function decodeOnce(code: string) {
  let decoded = decodedByCode.get(code);
  if (!decoded) {
    try {
      decoded = { spec: decodeSpec(code) };
    } catch (error) {
      if (!(error instanceof QuizSpecError)) throw error;
      decoded = { error };
    }
    decodedByCode.set(code, decoded);
  }
  return decoded;
}

/** A worksheet (questions, space to answer, no answers) and, on a new page, the answer key with sources. */
export default function PrintPage({ code }: { readonly code: string }) {
  const t = useT();
  const w = usePrintWords();
  const page = useLang().lang;
  // Read outside React's hooks: no hook may come before the `use` in useVoice and useLabels (a
  // component that suspends there after a useMemo is replayed with it as an update, React #467).
  const decoded = decodeOnce(code);
  // The worksheet is in the quiz's language: its words load first (the page says it is loading).
  const voice = useVoice("spec" in decoded ? decoded.spec.language : "en");
  const labels = useLabels("spec" in decoded ? decoded.spec.language : "en");
  const result = useMemo(
    () => ("spec" in decoded ? { quiz: generateQuiz(decoded.spec, voice) } : decoded),
    [decoded, voice],
  );
  if ("error" in result)
    return <ErrorPage code={result.error.code} detail={result.error.message} />;
  const { quiz } = result;
  const letter = (i: number) => String.fromCharCode(65 + i);
  const lang = (q: (typeof quiz.questions)[number]) =>
    q.type === "custom" ? undefined : contentLang(quiz);
  return (
    <div className="print">
      <p className="no-print row">
        <button type="button" className="primary" onClick={() => window.print()}>
          {w.printWorksheet()}
        </button>
        <a href={href.code(code)}>{w.playInstead()}</a>
      </p>
      <section className="worksheet" aria-labelledby="worksheet-heading">
        <h1 id="worksheet-heading">{quiz.title}</h1>
        <p>{w.nameAndDate()}</p>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id} className="print-question" lang={lang(q)}>
              <p>{q.prompt}</p>
              {q.key.format === "choice" && (
                <ul className="boxes">
                  {q.key.options.map((o, i) => (
                    <li key={o.text}>
                      ☐ {letter(i)}) {o.text}
                    </li>
                  ))}
                </ul>
              )}
              {q.key.format === "true-false" && (
                <p lang={page}>
                  ☐ {t.true()} ☐ {t.false()}
                </p>
              )}
              {q.key.format === "numeric" && (
                <p lang={page}>{w.answerBlank({ unit: q.key.unit ?? "" })}</p>
              )}
              {q.key.format === "ordering" && (
                <ul className="boxes">
                  {q.key.items.map((item) => (
                    <li key={item}>____ {item}</li>
                  ))}
                </ul>
              )}
              {q.key.format === "matching" && (
                <div className="match-print">
                  <ol>
                    {q.key.left.map((l) => (
                      <li key={l}>{l} → ____</li>
                    ))}
                  </ol>
                  <ul className="boxes">
                    {q.key.right.map((r, i) => (
                      <li key={r}>
                        {letter(i)}) {r}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="answer-key" aria-labelledby="key-heading">
        <h1 id="key-heading">{w.answerKey({ title: quiz.title })}</h1>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id} className="print-question" lang={lang(q)}>
              <p>
                <strong>{expectedAnswer(q.key, labels)}</strong>
              </p>
              <p>{q.explanation}</p>
              {q.citations.map((c) => (
                <p key={`${c.factId ?? ""}${c.quote}`} className="print-source">
                  “<span lang={lang(q) && "en"}>{c.quote}</span>”:{" "}
                  {formatCitation(c, { quote: false, labels })}
                </p>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
