import type { Quiz } from "@nklabor/quiz";
import { useId, useState } from "react";
import { CopyButton } from "../../shared/CopyButton.js";
import { QrCode } from "../../shared/QrCode.js";
import type { PlayState } from "../session.js";
import { useSendWords } from "./words.js";

/**
 * At the end of a quiz opened from a teacher's link: a results code for the teacher (the name is
 * the student's choice), with its QR code. Nothing leaves the device unless the student sends it.
 */
export function SendResults({
  code,
  quiz,
  state,
}: {
  /** The teacher's share code (the spec) the quiz was opened from. */
  readonly code: string;
  readonly quiz: Quiz;
  readonly state: PlayState;
}) {
  const w = useSendWords();
  const id = useId();
  const [name, setName] = useState("");
  const [made, setMade] = useState<
    { readonly ok: true; readonly code: string } | { readonly ok: false; readonly problem: string }
  >();
  const make = async () => {
    try {
      const { resultsCodeOf } = await import("./results-code.js");
      setMade({ ok: true, code: await resultsCodeOf(code, quiz, state, name) });
    } catch (error) {
      setMade({ ok: false, problem: (error as Error).message });
    }
  };
  return (
    <section className="send-results panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{w.sendHeading()}</h2>
      <p>{w.sendIntro()}</p>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void make();
        }}
      >
        <label>
          {w.yourName()}
          <input
            type="text"
            value={name}
            maxLength={80}
            autoComplete="name"
            onChange={(e) => {
              setName(e.target.value);
              setMade(undefined);
            }}
          />
        </label>
        <button type="submit" className="primary">
          {w.makeCode()}
        </button>
      </form>
      <div aria-live="polite">
        {made?.ok === true && (
          <>
            <label htmlFor={`${id}-code`}>{w.codeLength({ n: made.code.length })}</label>
            <textarea
              id={`${id}-code`}
              className="results-code"
              readOnly
              rows={4}
              value={made.code}
            />
            <p className="row">
              <CopyButton
                text={made.code}
                words={{ copyLink: w.copyCode, copied: w.codeCopied, copyRefused: w.copyRefused }}
              />
            </p>
            <QrCode text={made.code} label={w.codeQr()} tooLong={w.codeTooLongForQr()} />
          </>
        )}
        {made?.ok === false && (
          <p role="alert" className="warning">
            {w.codeFailed({ problem: made.problem })}
          </p>
        )}
      </div>
      <p className="note">{w.notProof()}</p>
    </section>
  );
}
