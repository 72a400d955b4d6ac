import { type FactId, packToCsv } from "@nklabor/facts";
import {
  addCustomConflict,
  addCustomFact,
  type QuizSpec,
  removeCustomConflict,
  removeCustomFact,
} from "@nklabor/quiz";
import { type ChangeEvent, useId, useState } from "react";
import { download } from "../shared/download.js";
import { OwnConflictForm } from "./OwnConflictForm.js";
import { OwnFactForm } from "./OwnFactForm.js";
import { addPackCsvFile, addPackFile, isCsvFile, type OpenedRows } from "./open-file.js";

/** The teacher's own sourced facts: the list, with remove, and the form to add one. */
export function OwnFactsPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const facts = props.spec.customFacts?.facts ?? [];
  const conflicts = props.spec.customFacts?.conflicts ?? [];
  // What adding the last pack file did: how many facts it added, or its problems.
  const [added, setAdded] = useState<{ name: string; opened: OpenedRows } | undefined>();
  const addFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const text = await file.text();
    let opened: OpenedRows;
    if (isCsvFile(file.name, text)) {
      opened = addPackCsvFile(props.spec, file.name, file.size, text);
    } else {
      const json = addPackFile(props.spec, file.name, file.size, text);
      opened = json.ok
        ? {
            ok: true,
            spec: json.spec,
            added: (json.spec.customFacts?.facts.length ?? 0) - facts.length,
          }
        : json;
    }
    setAdded({ name: file.name, opened });
    if (opened.ok) props.onChange((s) => ({ ...s, customFacts: opened.spec.customFacts }));
  };
  const addValid = () => {
    if (added?.opened.ok !== false || !added.opened.valid) return;
    const valid = added.opened.valid;
    props.onChange((s) => ({ ...s, customFacts: valid.spec.customFacts }));
    setAdded({ name: added.name, opened: { ok: true, ...valid } });
  };
  const pack = props.spec.customFacts;
  const csv = pack && facts.length > 0 ? packToCsv(pack) : undefined;
  const fileStem = props.spec.title.slice(0, 60);
  return (
    <section aria-labelledby={`${id}-own-facts`} className="panel">
      <h2 id={`${id}-own-facts`}>Your own facts</h2>
      <p>
        Add a claim from a source you trust: who said it, when, and the source's own words. The quiz
        then asks about it.
      </p>
      {facts.length > 0 && (
        <ul>
          {facts.map((f) => (
            <li key={f.id}>
              {f.claim}{" "}
              <button
                type="button"
                onClick={() => props.onChange((s) => removeCustomFact(s, f.id as FactId))}
              >
                Remove<span className="visually-hidden"> your fact “{f.claim.slice(0, 40)}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {pack && csv && (
        <>
          <p className="row">
            <button
              type="button"
              onClick={() =>
                download(
                  `${fileStem} facts.json`,
                  `${JSON.stringify(pack, null, 2)}\n`,
                  "application/json",
                )
              }
            >
              Download your facts (JSON)
            </button>{" "}
            <button
              type="button"
              onClick={() => download(`${fileStem} facts.csv`, csv.csv, "text/csv")}
            >
              Download your facts (CSV)
            </button>
          </p>
          <p className="note">
            A fact pack: reuse it in other quizzes, edit the CSV in a spreadsheet, or use either on
            the command line with <code>nklabor-quiz generate --facts FILE</code>.
            {csv.omitted.length > 0 &&
              ` The CSV leaves out ${csv.omitted.join(", ")}; the JSON keeps everything.`}
          </p>
        </>
      )}
      <p>
        <label className="button">
          Add facts from a file…
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            className="visually-hidden"
            onChange={addFile}
          />
        </label>
      </p>
      <p className="hint">
        A fact pack: JSON, as <code>nklabor-facts validate</code> reads it, or CSV, one fact a row
        (the columns are in the project's <code>docs/fact-pack-csv.md</code>). Its facts join yours.
      </p>
      {added?.opened.ok === true && (
        <p role="status">
          Added {added.opened.added} {added.opened.added === 1 ? "fact" : "facts"} from “
          {added.name.slice(0, 60)}”.
        </p>
      )}
      {added?.opened.ok === false && (
        <div role="alert" className="warning import-problems">
          <p>
            <strong>
              Nothing was added from “{added.name.slice(0, 60)}”: it is not a fact pack this quiz
              can use as it stands. Your facts are unchanged.
            </strong>
          </p>
          <ul>
            {added.opened.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {added.opened.valid && (
            <>
              <p>
                <button type="button" onClick={addValid}>
                  Add only the {added.opened.valid.added} valid{" "}
                  {added.opened.valid.added === 1 ? "fact" : "facts"}
                </button>
              </p>
              <p>The rows with problems are left out: fix them in the file and add it again.</p>
            </>
          )}
        </div>
      )}
      {conflicts.length > 0 && (
        <>
          <h3>Facts you marked as disagreeing</h3>
          <ul>
            {conflicts.map((c) => (
              <li key={c.id}>
                {c.question}{" "}
                <button
                  type="button"
                  onClick={() => props.onChange((s) => removeCustomConflict(s, c.id))}
                >
                  Remove
                  <span className="visually-hidden">
                    {" "}
                    the disagreement “{c.question.slice(0, 40)}”
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Mark two facts as disagreeing</summary>
        <OwnConflictForm
          spec={props.spec}
          onAdd={(pack, conflictId) =>
            props.onChange((s) => addCustomConflict(s, pack, conflictId))
          }
        />
      </details>
      <details>
        <summary>Add a fact</summary>
        <OwnFactForm
          spec={props.spec}
          onAdd={(pack, factId) => props.onChange((s) => addCustomFact(s, pack, factId))}
        />
      </details>
    </section>
  );
}
