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
import { TOPIC_LABELS, TYPE_LABELS } from "../shared/labels.js";
import {
  checkOwnFact,
  KIND_CHOICES,
  NEW_FIELDS,
  previewQuestions,
  shownHedge,
  withKind,
} from "./own-fact.js";

type Fields = Readonly<Record<PackCsvColumn, string>>;
type Choice = readonly (readonly [string, string])[];

const HEDGE_CHOICES = ["exact", "approx", "atLeast", "atMost", "possible"] as const;
/** "a ceiling (“as many as”, “up to”)": the hedge's noun and words, from the one hedge rule. */
const hedgeLabel = (h: Hedge) => {
  const { noun, phrases } = HEDGES[h];
  const words = phrases.filter((p) => p !== "estimated that" && p !== "estimated").slice(0, 2);
  return h === "exact" ? "exact" : `${noun} (${words.map((w) => `“${w}”`).join(", ")})`;
};

const ACTOR_KINDS: Record<(typeof ActorKind.options)[number], string> = {
  person: "a person",
  "government-body": "a government body",
  organization: "an organization",
  media: "a news outlet",
  anonymous: "an unnamed source",
};
const SOURCE_KINDS: Record<(typeof SourceKind.options)[number], string> = {
  news: "a news report",
  "un-document": "a UN document",
  "government-report": "a government report",
};
const MEASURES: Record<(typeof MoneyMeasure.options)[number], string> = {
  contribution: "money workers must hand to the state",
  "contribution-increase": "an increase in what workers must hand over",
  earnings: "what workers earn",
  bounty: "a reward for catching workers",
  "regime-revenue": "the regime's income from the workers",
};

/** Each field's label, and for some the choices it offers; by kind where the kinds differ. */
function fieldsOf(kind: FactKind): readonly {
  name: PackCsvColumn;
  label: string;
  input?: "textarea" | "url";
  choices?: Choice;
}[] {
  const figure = kind !== "event" && kind !== "statement";
  const wordingExample: Record<string, string> = {
    headcount: "“as many as 37,000”",
    money: "“about US$500 million”",
    duration: "“up to three years”",
    share: "“a fifth”, “20%”",
  };
  const valueLabel: Record<string, string> = {
    headcount: "The figure as a number",
    money: "The sum in US dollars, as a number (500000000)",
    duration: "The length as a number",
    share: "The share as a percentage (20%) or a fraction (0.2)",
  };
  return [
    { name: "claim", label: "The claim, in one sentence that says who said it", input: "textarea" },
    { name: "claimant", label: "Who said it" },
    { name: "claimant_kind", label: "They are", choices: Object.entries(ACTOR_KINDS) },
    { name: "stated", label: "When they said it (2019, 2019-08 or 2019-08-31)" },
    {
      name: "when",
      label:
        kind === "event"
          ? "When it happened (2019, 2019-08 or 2019-08-31)"
          : "The time it is about, if not when it was said (2018, or 2017/2019 for a period)",
    },
    { name: "topic", label: "Topic", choices: Topic.options.map((t) => [t, TOPIC_LABELS[t]]) },
    { name: "applies_to", label: "Where it applies (Russia, Primorye…)" },
    ...(kind === "event" ? [{ name: "what" as const, label: "A short title for the event" }] : []),
    ...(figure
      ? [
          {
            name: "wording" as const,
            label: `The figure as the quote words it, e.g. ${wordingExample[kind]}`,
          },
          { name: "value" as const, label: valueLabel[kind] ?? "" },
        ]
      : []),
    ...(kind === "share"
      ? [
          {
            name: "reading" as const,
            label: "If the words are not digits, how you read them (“a fifth” = 20%)",
          },
          { name: "what" as const, label: "What it is a share of (“their wages”)" },
        ]
      : []),
    ...(kind === "headcount"
      ? [
          {
            name: "what" as const,
            label: "What the figure counts (“North Korean workers in Russia”)",
          },
          {
            name: "unit" as const,
            label: "It counts",
            choices: [
              ["people", "people"],
              ["work permits", "work permits"],
            ] as Choice,
          },
          {
            name: "per" as const,
            label: "A count",
            choices: [
              ["", "at one time"],
              ["year", "per year"],
            ] as Choice,
          },
        ]
      : []),
    ...(kind === "money"
      ? [
          { name: "what" as const, label: "The money is", choices: Object.entries(MEASURES) },
          {
            name: "per" as const,
            label: "The sum is",
            choices: [
              ["day", "per day"],
              ["month", "per month"],
              ["year", "per year"],
              ["once", "once, in all"],
            ] as Choice,
          },
        ]
      : []),
    ...(kind === "duration"
      ? [
          { name: "what" as const, label: "What lasts that long (“a worker's visa”)" },
          {
            name: "unit" as const,
            label: "Measured in",
            choices: ["hours", "days", "months", "years"].map((u) => [u, u] as const),
          },
          {
            name: "per" as const,
            label: "The length is",
            choices: [
              ["", "in all"],
              ["day", "per day (“12 hours a day”)"],
            ] as Choice,
          },
        ]
      : []),
    { name: "source_publisher", label: "Publisher of the source" },
    { name: "source_headline", label: "Headline or title of the source" },
    { name: "source_url", label: "Web address of the source", input: "url" },
    { name: "source_published", label: "Date the source was published" },
    { name: "source_kind", label: "The source is", choices: Object.entries(SOURCE_KINDS) },
    {
      name: "quote",
      label: "Quote: the source's own words that support the claim",
      input: "textarea",
    },
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
  const [f, setF] = useState<Fields>(NEW_FIELDS);
  const [factId, setFactId] = useState(newId);
  const [issues, setIssues] = useState<readonly RowIssue[]>([]);
  const [preview, setPreview] = useState<readonly Question[] | undefined>();
  const kind = f.kind as FactKind;
  const fields = fieldsOf(kind);
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

  const control = ({ name, label, input, choices }: ReturnType<typeof fieldsOf>[number]) => {
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
        <legend>What kind of fact?</legend>
        {KIND_CHOICES.map((k) => (
          <label key={k.kind}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k.kind}
              checked={kind === k.kind}
              onChange={() => set(withKind(f, k.kind))}
            />{" "}
            {k.label} <span className="note">{k.hint}</span>
          </label>
        ))}
      </fieldset>
      {fields.map((x) =>
        x.name === "value"
          ? [
              control(x),
              <label key="hedge" htmlFor={`${id}-hedge-input`}>
                The source says the figure is
                <select
                  id={`${id}-hedge-input`}
                  value={hedge.hedge}
                  aria-describedby={`${id}-hedge`}
                  onChange={(e) => set({ ...f, hedge: e.target.value })}
                >
                  {HEDGE_CHOICES.map((h) => (
                    <option key={h} value={h}>
                      {hedgeLabel(h)}
                    </option>
                  ))}
                </select>
                <span id={`${id}-hedge`} className="note">
                  {hedge.detected
                    ? `The figure's words make it ${HEDGES[hedge.hedge].noun}; change it if the source means otherwise.`
                    : figure && f.hedge === "" && f.wording.trim() !== ""
                      ? "No hedge in the words: the figure is taken as exact."
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
          Not added yet: {issues.length} problem{issues.length === 1 ? "" : "s"} to fix, shown
          beside the fields.
        </p>
      )}
      {preview && (
        <section aria-label="The questions this fact would give" className="fact-preview">
          <h3>
            {preview.length === 0
              ? "No question can be made from this fact yet."
              : `The questions it would give (${preview.length})`}
          </h3>
          {figure && !preview.some((q) => q.type.startsWith("numeric")) && (
            <p className="note">
              No question asks for the figure: the claim must write it once, as the quiz shows
              figures (“3,000”, “US$700”, “20%”).
            </p>
          )}
          <ol>
            {preview.map((q) => (
              <li key={q.id}>
                <strong>{TYPE_LABELS[q.type as keyof typeof TYPE_LABELS]}:</strong> {q.prompt}{" "}
                <span className="note">Answer: {expectedAnswer(q.key)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="row">
        <button type="button" onClick={showPreview}>
          Preview its questions
        </button>{" "}
        <button type="submit" className="primary">
          Add the fact
        </button>
      </p>
    </form>
  );
}
