import { type QuizSpec, shareability } from "@nklabor/quiz";
import { useId, useMemo, useState } from "react";
import { href } from "../app/router.js";
import { CopyButton } from "./CopyButton.js";
import { QrCode } from "./QrCode.js";

/** The share link and its QR code, or, for a quiz too large for either, why and what to do. */
export function SharePanel({ spec }: { readonly spec: QuizSpec }) {
  const id = useId();
  // A teacher may skip the start screen: the link then opens on the first question.
  const [start, setStart] = useState(false);
  const base = `${window.location.origin}${window.location.pathname}${href.code("")}`;
  const suffix = href.code("", start).slice(href.code("").length);
  const share = useMemo(() => shareability(spec, base, suffix), [spec, base, suffix]);
  return (
    <section aria-labelledby={`${id}-share`} className="panel">
      <h2 id={`${id}-share`}>Share with students</h2>
      {share.link ? (
        <>
          <label htmlFor={`${id}-link`}>Link ({share.url.length} characters)</label>
          <div className="row">
            <input
              id={`${id}-link`}
              type="text"
              readOnly
              value={share.url}
              onFocus={(e) => e.target.select()}
              className="link"
            />
            <CopyButton text={share.url} />
            <a href={href.code(share.code, start)}>Play it</a>
            <a href={href.print(share.code)}>Print</a>
          </div>
          <label className="check">
            <input type="checkbox" checked={start} onChange={() => setStart(!start)} />
            Open on the first question (no start screen)
          </label>
          {share.qr ? (
            <details className="qr-box">
              <summary>Show a QR code for the projector</summary>
              <QrCode text={share.url} label="QR code of the quiz link" />
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
