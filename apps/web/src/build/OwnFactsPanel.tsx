import { type FactId, packToCsv } from "@nklabor/facts";
import {
  addCustomConflict,
  addCustomFact,
  type QuizSpec,
  removeCustomConflict,
  removeCustomFact,
} from "@nklabor/quiz";
import { type ChangeEvent, useId, useState } from "react";
import { rich, slot } from "../i18n/rich.js";
import { download } from "../shared/download.js";
import { OwnConflictForm } from "./OwnConflictForm.js";
import { OwnFactForm } from "./OwnFactForm.js";
import { addPackCsvFile, addPackFile, isCsvFile, type OpenedRows } from "./open-file.js";
import { useWords } from "./words.js";

/** The teacher's own sourced facts: the list, with remove, and the form to add one. */
export function OwnFactsPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const w = useWords();
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
      opened = addPackCsvFile(w, props.spec, file.name, file.size, text);
    } else {
      const json = addPackFile(w, props.spec, file.name, file.size, text);
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
      <h2 id={`${id}-own-facts`}>{w.ownFactsHeading()}</h2>
      <p>{w.ownFactsIntro()}</p>
      {facts.length > 0 && (
        <ul>
          {facts.map((f) => (
            <li key={f.id}>
              {f.claim}{" "}
              <button
                type="button"
                onClick={() => props.onChange((s) => removeCustomFact(s, f.id as FactId))}
              >
                {w.remove()}
                <span className="visually-hidden">
                  {" "}
                  {w.yourFactHidden({ claim: f.claim.slice(0, 40) })}
                </span>
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
                  w.factsFile({ title: fileStem, ext: "json" }),
                  `${JSON.stringify(pack, null, 2)}\n`,
                  "application/json",
                )
              }
            >
              {w.downloadFactsJson()}
            </button>{" "}
            <button
              type="button"
              onClick={() =>
                download(w.factsFile({ title: fileStem, ext: "csv" }), csv.csv, "text/csv")
              }
            >
              {w.downloadFactsCsv()}
            </button>
          </p>
          <p className="note">
            {rich(w.packNote({ command: slot(0) }), [
              <code key="command">nklabor-quiz generate --facts FILE</code>,
            ])}
            {csv.omitted.length > 0 && ` ${w.csvLeavesOut({ parts: csv.omitted.join(", ") })}`}
          </p>
        </>
      )}
      <p>
        <label className="button">
          {w.addFactsFromFile()}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            className="visually-hidden"
            onChange={addFile}
          />
        </label>
      </p>
      <p className="hint">
        {rich(w.packHint({ validate: slot(0), doc: slot(1) }), [
          <code key="validate">nklabor-facts validate</code>,
          <code key="doc">docs/fact-pack-csv.md</code>,
        ])}
      </p>
      {added?.opened.ok === true && (
        <p role="status">
          {w.addedFacts({ n: added.opened.added, name: added.name.slice(0, 60) })}
        </p>
      )}
      {added?.opened.ok === false && (
        <div role="alert" className="warning import-problems">
          <p>
            <strong>{w.nothingAdded({ name: added.name.slice(0, 60) })}</strong>
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
                  {w.addOnlyValid({ n: added.opened.valid.added })}
                </button>
              </p>
              <p>{w.rowsLeftOut()}</p>
            </>
          )}
        </div>
      )}
      {conflicts.length > 0 && (
        <>
          <h3>{w.markedHeading()}</h3>
          <ul>
            {conflicts.map((c) => (
              <li key={c.id}>
                {c.question}{" "}
                <button
                  type="button"
                  onClick={() => props.onChange((s) => removeCustomConflict(s, c.id))}
                >
                  {w.remove()}
                  <span className="visually-hidden">
                    {" "}
                    {w.disagreementHidden({ question: c.question.slice(0, 40) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>{w.markTwo()}</summary>
        <OwnConflictForm
          spec={props.spec}
          onAdd={(pack, conflictId) =>
            props.onChange((s) => addCustomConflict(s, pack, conflictId))
          }
        />
      </details>
      <details>
        <summary>{w.addAFact()}</summary>
        <OwnFactForm
          spec={props.spec}
          onAdd={(pack, factId) => props.onChange((s) => addCustomFact(s, pack, factId))}
        />
      </details>
    </section>
  );
}
