import { type QuizSpec, shareability } from "@nklabor/quiz";
import { useId, useMemo, useState } from "react";
import { href } from "../app/router.js";
import { CopyButton } from "../shared/CopyButton.js";
import { QrCode } from "../shared/QrCode.js";
import { useWords } from "./words.js";

/** The share link and its QR code, or, for a quiz too large for either, why and what to do. */
export function SharePanel({ spec }: { readonly spec: QuizSpec }) {
  const id = useId();
  const w = useWords();
  // A teacher may skip the start screen: the link then opens on the first question.
  const [start, setStart] = useState(false);
  // A quiz in Korean or Russian opens in that language (`?lang=`) for every student; a quiz in
  // English opens in each student's own.
  const query = spec.language === "en" ? "" : `?lang=${spec.language}`;
  const base = `${window.location.origin}${window.location.pathname}${query}${href.code("")}`;
  const suffix = href.code("", start).slice(href.code("").length);
  const share = useMemo(() => shareability(spec, base, suffix), [spec, base, suffix]);
  return (
    <section aria-labelledby={`${id}-share`} className="panel">
      <h2 id={`${id}-share`}>{w.shareHeading()}</h2>
      {share.link ? (
        <>
          <label htmlFor={`${id}-link`}>{w.linkLength({ n: share.url.length })}</label>
          <div className="row">
            <input
              id={`${id}-link`}
              type="text"
              readOnly
              value={share.url}
              onFocus={(e) => e.target.select()}
              className="link"
            />
            <CopyButton text={share.url} words={w} />
            <a href={href.code(share.code, start)}>{w.playIt()}</a>
            <a href={href.print(share.code)}>{w.print()}</a>
            <a href={href.classResults(share.code)}>{w.classResults()}</a>
          </div>
          <label className="check">
            <input type="checkbox" checked={start} onChange={() => setStart(!start)} />
            {w.openOnFirst()}
          </label>
          {share.qr ? (
            <details className="qr-box">
              <summary>{w.showQr()}</summary>
              <QrCode text={share.url} label={w.qrLabel()} tooLong={w.qrTooLong()} />
            </details>
          ) : (
            <p className="note">{share.qrProblem}</p>
          )}
        </>
      ) : (
        <p role="status" className="warning">
          {share.problem}
        </p>
      )}
    </section>
  );
}
