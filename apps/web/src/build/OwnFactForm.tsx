import {
  type ActorKind,
  type FactId,
  type FactKind,
  type FactPack,
  HEDGES,
  type Hedge,
  type MoneyMeasure,
  type PackCsvColumn,
  type RowIssue,
  type SourceKind,
  Topic,
} from "@nklabor/facts";
import { expectedAnswer, type Question, type QuizSpec } from "@nklabor/quiz";
import { useId, useState } from "react";
import { contentLang, selectKey } from "../i18n/lang.js";
import { rich, slot } from "../i18n/rich.js";
import { type Labels, topicLabel, typeLabel, useLabels } from "../shared/labels.js";
import {
  checkOwnFact,
  KIND_CHOICES,
  NEW_FIELDS,
  previewQuestions,
  shownHedge,
  withKind,
} from "./own-fact.js";
import { RadioChoice } from "./RadioChoice.js";
import { useWords, type Words } from "./words.js";

type Fields = Readonly<Record<PackCsvColumn, string>>;
type Choice = readonly (readonly [string, string])[];

const HEDGE_CHOICES = ["exact", "approx", "atLeast", "atMost", "possible"] as const;
/** "a ceiling (“as many as”, “up to”)": the hedge's noun and the English words that signal it. */
const hedgeLabel = (w: Words, h: Hedge) => {
  const words = HEDGES[h].phrases
    .filter((p) => p !== "estimated that" && p !== "estimated")
    .slice(0, 2);
  return w.hedgeOption({ hedge: h, phrases: words.map((p) => `“${p}”`).join(", ") });
};

const ACTOR_KINDS: readonly (typeof ActorKind.options)[number][] = [
  "person",
  "government-body",
  "organization",
  "media",
  "anonymous",
];
const SOURCE_KINDS: readonly (typeof SourceKind.options)[number][] = [
  "news",
  "un-document",
  "government-report",
];
const MEASURES: readonly (typeof MoneyMeasure.options)[number][] = [
  "contribution",
  "contribution-increase",
  "earnings",
  "bounty",
  "regime-revenue",
];

/**
 * How a source may word a figure of each kind: English, the language of the sources and of the
 * hedge words the form recognises ("as many as" is a ceiling), whatever the page's language.
 */
const WORDING_EXAMPLES: Readonly<Record<string, string>> = {
  headcount: "“as many as 37,000”",
  money: "“about US$500 million”",
  duration: "“up to three years”",
  share: "“a fifth”, “20%”",
};

/** Each field's label, and for some the choices it offers; by kind where the kinds differ. */
function fieldsOf(
  w: Words,
  labels: Labels,
  kind: FactKind,
): readonly {
  name: PackCsvColumn;
  label: string;
  input?: "textarea" | "url";
  choices?: Choice;
  /** Its choices are phrases: radio buttons, which wrap on a phone (a closed select cuts them). */
  radios?: true;
}[] {
  const figure = kind !== "event" && kind !== "statement";
  const named = <T extends string>(values: readonly T[], name: (key: string) => string): Choice =>
    values.map((v) => [v, name(selectKey(v))] as const);
  return [
    { name: "claim", label: w.fieldClaim(), input: "textarea" },
    { name: "claimant", label: w.fieldClaimant() },
    {
      name: "claimant_kind",
      label: w.fieldClaimantKind(),
      choices: named(ACTOR_KINDS, (k) => w.actorKind({ kind: k })),
    },
    { name: "stated", label: w.fieldStated() },
    { name: "when", label: kind === "event" ? w.fieldWhenEvent() : w.fieldWhen() },
    {
      name: "topic",
      label: w.fieldTopic(),
      choices: Topic.options.map((t) => [t, topicLabel(labels, t)] as const),
      radios: true,
    },
    { name: "applies_to", label: w.fieldAppliesTo() },
    ...(kind === "event" ? [{ name: "what" as const, label: w.fieldEventTitle() }] : []),
    ...(figure
      ? [
          {
            name: "wording" as const,
            label: w.fieldWording({ example: WORDING_EXAMPLES[kind] ?? "" }),
          },
          { name: "value" as const, label: w.fieldValue({ kind }) },
        ]
      : []),
    ...(kind === "share"
      ? [
          { name: "reading" as const, label: w.fieldReading() },
          { name: "what" as const, label: w.fieldShareOf() },
        ]
      : []),
    ...(kind === "headcount"
      ? [
          { name: "what" as const, label: w.fieldCounts() },
          {
            name: "unit" as const,
            label: w.fieldCountsUnit(),
            choices: [
              ["people", w.unitPeople()],
              ["work permits", w.unitWorkPermits()],
            ] as Choice,
          },
          {
            name: "per" as const,
            label: w.fieldHeadcountPer(),
            choices: [
              ["", w.atOneTime()],
              ["year", w.perYear()],
            ] as Choice,
          },
        ]
      : []),
    ...(kind === "money"
      ? [
          {
            name: "what" as const,
            label: w.fieldMoneyIs(),
            choices: named(MEASURES, (m) => w.moneyMeasure({ measure: m })),
            radios: true as const,
          },
          {
            name: "per" as const,
            label: w.fieldSumIs(),
            choices: [
              ["day", w.perDay()],
              ["month", w.perMonth()],
              ["year", w.perYear()],
              ["once", w.onceInAll()],
            ] as Choice,
          },
        ]
      : []),
    ...(kind === "duration"
      ? [
          { name: "what" as const, label: w.fieldLasts() },
          {
            name: "unit" as const,
            label: w.fieldMeasuredIn(),
            choices: ["hours", "days", "months", "years"].map(
              (u) => [u, w.durationUnit({ unit: u })] as const,
            ),
          },
          {
            name: "per" as const,
            label: w.fieldLengthIs(),
            choices: [
              ["", w.inAll()],
              ["day", w.perDayExample()],
            ] as Choice,
          },
        ]
      : []),
    { name: "source_publisher", label: w.fieldPublisher() },
    { name: "source_headline", label: w.fieldHeadline() },
    { name: "source_url", label: w.fieldUrl(), input: "url" },
    { name: "source_published", label: w.fieldPublished() },
    {
      name: "source_kind",
      label: w.fieldSourceKind(),
      choices: named(SOURCE_KINDS, (k) => w.sourceKind({ kind: k })),
    },
    { name: "quote", label: w.fieldQuote(), input: "textarea" },
  ];
}

const newId = () => `own-fact-${Date.now().toString(36)}`;

/**
 * A teacher's own sourced fact, of any kind. The fields are a row of the fact-pack sheet, checked
 * with the facts package's rules against the bundled data and the draft's own facts (a quote is
 * required, a figure must be in it, a claim cannot be said after its source was published);
 * problems show beside their fields. "Preview its questions" shows what the quiz would ask.
 */
export function OwnFactForm({
  spec,
  onAdd,
}: {
  readonly spec: QuizSpec;
  readonly onAdd: (pack: FactPack, id: FactId) => void;
}) {
  const id = useId();
  const w = useWords();
  const labels = useLabels();
  const [f, setF] = useState<Fields>(NEW_FIELDS);
  const [factId, setFactId] = useState(newId);
  const [issues, setIssues] = useState<readonly RowIssue[]>([]);
  const [preview, setPreview] = useState<readonly Question[] | undefined>();
  const kind = f.kind as FactKind;
  const fields = fieldsOf(w, labels, kind);
  const shown = new Set(fields.map((x) => x.name));
  const problemFor = (name: PackCsvColumn) => issues.filter((i) => i.column === name);
  const other = issues.filter((i) => i.column === undefined || !shown.has(i.column));
  const hedge = shownHedge(f);
  const figure = kind !== "event" && kind !== "statement";

  const set = (next: Fields) => {
    setF(next);
    setPreview(undefined);
  };
  const check = () => {
    const result = checkOwnFact(f, factId, spec.customFacts);
    setIssues(result.ok ? [] : result.issues);
    return result;
  };
  const showPreview = () => {
    const result = check();
    setPreview(result.ok ? previewQuestions(spec, result.pack, result.id) : undefined);
  };
  const add = () => {
    const result = check();
    if (!result.ok) return;
    setF(NEW_FIELDS);
    setFactId(newId());
    setPreview(undefined);
    onAdd(result.pack, result.id);
  };

  const control = ({
    name,
    label,
    input,
    choices,
    radios,
  }: ReturnType<typeof fieldsOf>[number]) => {
    if (choices && radios)
      return (
        <RadioChoice
          key={name}
          legend={label}
          name={`${id}-${name}`}
          value={f[name]}
          options={choices}
          onChange={(value) => set({ ...f, [name]: value })}
        />
      );
    const common = {
      id: `${id}-${name}-input`,
      value: f[name],
      "aria-invalid": problemFor(name).length > 0 || undefined,
      "aria-describedby": `${id}-${name}`,
    };
    const onChange = (e: { target: { value: string } }) => set({ ...f, [name]: e.target.value });
    return (
      <label key={name} htmlFor={common.id}>
        {label}
        {choices ? (
          <select {...common} onChange={onChange}>
            {choices.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        ) : input === "textarea" ? (
          <textarea {...common} rows={2} onChange={onChange} />
        ) : (
          <input {...common} type={input ?? "text"} onChange={onChange} />
        )}
        <span id={`${id}-${name}`} className="field-problem">
          {problemFor(name)
            .map((i) => i.message)
            .join(" ")}
        </span>
      </label>
    );
  };

  return (
    <form
      className="own-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <fieldset className="kind-choice">
        <legend>{w.kindOfFact()}</legend>
        {KIND_CHOICES.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => set(withKind(f, k))}
            />{" "}
            {w.kindChoice({ kind: k })} <span className="note">{w.kindHint({ kind: k })}</span>
          </label>
        ))}
      </fieldset>
      {fields.map((x) =>
        x.name === "value"
          ? [
              control(x),
              <label key="hedge" htmlFor={`${id}-hedge-input`}>
                {w.sourceSaysFigure()}
                <select
                  id={`${id}-hedge-input`}
                  value={hedge.hedge}
                  aria-describedby={`${id}-hedge`}
                  onChange={(e) => set({ ...f, hedge: e.target.value })}
                >
                  {HEDGE_CHOICES.map((h) => (
                    <option key={h} value={h}>
                      {hedgeLabel(w, h)}
                    </option>
                  ))}
                </select>
                <span id={`${id}-hedge`} className="note">
                  {hedge.detected
                    ? w.hedgeDetected({ hedge: hedge.hedge })
                    : figure && f.hedge === "" && f.wording.trim() !== ""
                      ? w.noHedge()
                      : ""}
                  {problemFor("hedge")
                    .map((i) => ` ${i.message}`)
                    .join("")}
                </span>
              </label>,
            ]
          : control(x),
      )}
      {other.length > 0 && (
        <ul role="alert" className="warning">
          {other.map((i) => (
            <li key={`${i.code}${i.column}${i.message}`}>{i.message}</li>
          ))}
        </ul>
      )}
      {issues.length > 0 && (
        <p role="alert" className="warning">
          {w.notAddedCount({ n: issues.length })}
        </p>
      )}
      {preview && (
        <section aria-label={w.previewOfFact()} className="fact-preview">
          <h3>
            {preview.length === 0
              ? w.noQuestionYet()
              : w.questionsItWouldGive({ n: preview.length })}
          </h3>
          {figure && !preview.some((q) => q.type.startsWith("numeric")) && (
            <p className="note">{w.noFigureQuestion()}</p>
          )}
          <ol>
            {preview.map((q) => (
              <li key={q.id}>
                <strong>
                  {q.type === "custom" ? w.ownQuestion() : typeLabel(labels, q.type)}:
                </strong>{" "}
                <span lang={contentLang(spec)}>{q.prompt}</span>{" "}
                <span className="note">
                  {rich(w.answerIs({ answer: slot(0) }), [
                    <span key="answer" lang={contentLang(spec)}>
                      {expectedAnswer(q.key)}
                    </span>,
                  ])}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="row">
        <button type="button" onClick={showPreview}>
          {w.previewItsQuestions()}
        </button>{" "}
        <button type="submit" className="primary">
          {w.addTheFact()}
        </button>
      </p>
    </form>
  );
}
