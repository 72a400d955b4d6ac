import type { Answer, Question } from "@nklabor/quiz";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../i18n/i18n.js";
import { parseTypedNumber } from "./number-input.js";
import { usePlayWords } from "./words.js";

interface InputProps {
  /** The language of the question's words (options, items, units), when known. */
  readonly lang: string | undefined;
  readonly question: Question;
  readonly draft: Answer | undefined;
  readonly setDraft: (a: Answer) => void;
  readonly locked: boolean;
  readonly result: boolean | undefined;
}

export function AnswerInput({ lang, question, draft, setDraft, locked, result }: InputProps) {
  const t = useT();
  const w = usePlayWords();
  const key = question.key;
  const id = useId();
  switch (key.format) {
    case "choice":
      return (
        <fieldset className="options">
          <legend className="visually-hidden">{w.chooseOne({ n: key.options.length })}</legend>
          {key.options.map((option, i) => {
            const chosen = draft?.format === "choice" && draft.index === i;
            const mark = locked ? (i === key.correct ? "correct" : chosen ? "incorrect" : "") : "";
            return (
              <button
                key={option.text}
                type="button"
                className={`option ${chosen ? "chosen" : ""} ${mark}`}
                aria-pressed={chosen}
                disabled={locked}
                onClick={() => setDraft({ format: "choice", index: i })}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>
                <span lang={lang}>{option.text}</span>
                {mark && (
                  <span className="visually-hidden">
                    {" "}
                    {mark === "correct" ? w.markRight() : w.markYours()}
                  </span>
                )}
              </button>
            );
          })}
        </fieldset>
      );
    case "true-false":
      return (
        <fieldset className="options two">
          <legend className="visually-hidden">{w.trueOrFalseKeys()}</legend>
          {[true, false].map((value, i) => {
            const chosen = draft?.format === "true-false" && draft.value === value;
            const mark = locked
              ? value === key.correct
                ? "correct"
                : chosen
                  ? "incorrect"
                  : ""
              : "";
            return (
              <button
                key={String(value)}
                type="button"
                className={`option ${chosen ? "chosen" : ""} ${mark}`}
                aria-pressed={chosen}
                disabled={locked}
                onClick={() => setDraft({ format: "true-false", value })}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{value ? t.true() : t.false()}</span>
              </button>
            );
          })}
        </fieldset>
      );
    case "numeric":
      return (
        <div className="numeric">
          <label htmlFor={`${id}-n`}>{w.yourAnswer()}</label>
          <div className="with-unit">
            <input
              id={`${id}-n`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              readOnly={locked}
              aria-invalid={locked ? !result : undefined}
              aria-describedby={`${id}-unit`}
              defaultValue={draft?.format === "numeric" ? String(draft.value) : ""}
              onChange={(event) => {
                const value = parseTypedNumber(event.target.value, lang);
                if (event.target.value.trim() !== "") setDraft({ format: "numeric", value });
              }}
            />
            <span id={`${id}-unit`} className="unit" lang={lang}>
              {key.unit}
            </span>
          </div>
        </div>
      );
    case "ordering":
      return (
        <OrderingInput
          lang={lang}
          items={key.items}
          draft={draft}
          setDraft={setDraft}
          locked={locked}
        />
      );
    case "matching": {
      const pairs = draft?.format === "matching" ? draft.pairs : key.left.map(() => -1);
      return (
        <div className="matching">
          {key.left.map((left, i) => (
            <div key={left} className="pair">
              <label htmlFor={`${id}-m${i}`} lang={lang}>
                {left}
              </label>
              <select
                id={`${id}-m${i}`}
                disabled={locked}
                value={pairs[i] ?? -1}
                onChange={(event) => {
                  const next = [...pairs];
                  next[i] = Number(event.target.value);
                  setDraft({ format: "matching", pairs: next });
                }}
              >
                <option value={-1}>{w.chooseMatch()}</option>
                {key.right.map((right, r) => (
                  <option key={right} value={r} lang={lang}>
                    {right}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
  }
}

interface OrderingProps {
  readonly lang: string | undefined;
  readonly items: readonly string[];
  readonly draft: Answer | undefined;
  readonly setDraft: (a: Answer) => void;
  readonly locked: boolean;
}

/**
 * Ordering by buttons, for keyboard and pointer alike. Moving an item re-inserts it in the DOM,
 * which drops focus: focus goes back to the moved item's button, and the new place is announced.
 */
function OrderingInput({ lang, items, draft, setDraft, locked }: OrderingProps) {
  const w = usePlayWords();
  const order = draft?.format === "ordering" ? draft.order : items.map((_, i) => i);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<
    { readonly item: number; readonly dir: "up" | "down" } | undefined
  >();
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (!moved) return;
    const same = buttons.current.get(`${moved.item}-${moved.dir}`);
    const other = buttons.current.get(`${moved.item}-${moved.dir === "up" ? "down" : "up"}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [moved]);
  const move = (position: number, dir: "up" | "down") => {
    const to = dir === "up" ? position - 1 : position + 1;
    const next = [...order];
    const [item] = next.splice(position, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    setDraft({ format: "ordering", order: next });
    setMoved({ item, dir });
    setAnnouncement(w.movedTo({ item: items[item] ?? "", n: to + 1, total: order.length }));
  };
  return (
    <>
      <ol className="ordering" aria-label={w.orderEarliestFirst()}>
        {order.map((item, position) => {
          const text = items[item] ?? "";
          const ref = (dir: "up" | "down") => (el: HTMLButtonElement | null) => {
            if (el) buttons.current.set(`${item}-${dir}`, el);
            else buttons.current.delete(`${item}-${dir}`);
          };
          return (
            <li key={text}>
              <span className="position" aria-hidden="true">
                {position + 1}
              </span>
              <span className="item" lang={lang}>
                {text}
              </span>
              <span className="move">
                <button
                  type="button"
                  ref={ref("up")}
                  disabled={locked || position === 0}
                  aria-label={w.moveItemUp({ item: text })}
                  onClick={() => move(position, "up")}
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={ref("down")}
                  disabled={locked || position === order.length - 1}
                  aria-label={w.moveItemDown({ item: text })}
                  onClick={() => move(position, "down")}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
