import {
  decodeSpec,
  expectedAnswer,
  formatCitation,
  generateQuiz,
  QuizSpecError,
} from "@nklabor/quiz";
import { useMemo } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import { href } from "../app/router.js";

/** A worksheet (questions, space to answer, no answers) and, on a new page, the answer key with sources. */
export default function PrintPage({ code }: { readonly code: string }) {
  const result = useMemo(() => {
    try {
      return { quiz: generateQuiz(decodeSpec(code)) };
    } catch (error) {
      if (error instanceof QuizSpecError) return { error };
      throw error;
    }
  }, [code]);
  if ("error" in result)
    return <ErrorPage code={result.error.code} detail={result.error.message} />;
  const { quiz } = result;
  const letter = (i: number) => String.fromCharCode(65 + i);
  return (
    <div className="print">
      <p className="no-print row">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print the worksheet and answer key
        </button>
        <a href={href.code(code)}>Play it instead</a>
      </p>
      <section className="worksheet" aria-labelledby="worksheet-heading">
        <h1 id="worksheet-heading">{quiz.title}</h1>
        <p>Name: ______________________ Date: ____________</p>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id} className="print-question">
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
              {q.key.format === "true-false" && <p>☐ True ☐ False</p>}
              {q.key.format === "numeric" && <p>Answer: ____________ {q.key.unit}</p>}
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
        <h1 id="key-heading">Answer key: {quiz.title}</h1>
        <ol>
          {quiz.questions.map((q) => (
            <li key={q.id} className="print-question">
              <p>
                <strong>{expectedAnswer(q.key)}</strong>
              </p>
              <p>{q.explanation}</p>
              {q.citations.map((c) => (
                <p key={`${c.factId ?? ""}${c.quote}`} className="print-source">
                  “{c.quote}”: {formatCitation(c, { quote: false })}
                </p>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
