import {
  bundledPack,
  type FactId,
  type FactIssue,
  type FactPack,
  HEDGES,
  parseFactPack,
  type Topic,
} from "@nklabor/facts";
import { useId, useState } from "react";
import { TOPIC_LABELS } from "../shared/labels.js";

const HEDGE_CHOICES = ["exact", "approx", "atLeast", "atMost", "possible"] as const;
/** "a ceiling (“as many as”, “up to”)": the hedge's noun and words, from the one hedge rule. */
const hedgeChoice = (h: (typeof HEDGE_CHOICES)[number]) => {
  const { noun, phrases } = HEDGES[h];
  const words = phrases.filter((p) => p !== "estimated that" && p !== "estimated").slice(0, 2);
  return h === "exact" ? "exact" : `${noun} (${words.map((w) => `“${w}”`).join(", ")})`;
};

const EMPTY = {
  claim: "",
  claimant: "",
  said: "",
  topic: "worker-counts" as Topic,
  publisher: "",
  headline: "",
  url: "",
  published: "",
  quote: "",
  wording: "",
  number: "",
  hedge: "exact" as (typeof HEDGE_CHOICES)[number],
  counted: "",
};
type Fields = typeof EMPTY;

/** The form field a fact-pack issue is about, by the last meaningful part of its path. */
const FIELD_OF: Record<string, keyof Fields> = {
  claim: "claim",
  name: "claimant",
  date: "said",
  publisher: "publisher",
  headline: "headline",
  url: "url",
  published: "published",
  quote: "quote",
  wording: "wording",
  amount: "number",
  min: "number",
  max: "number",
  value: "number",
  counted: "counted",
};
const LABELS: Record<keyof Fields, string> = {
  claim: "The claim, in one sentence",
  claimant: "Who said it",
  said: "When they said it (2019, 2019-08 or 2019-08-31)",
  topic: "Topic",
  publisher: "Publisher of the source",
  headline: "Headline or title of the source",
  url: "Web address of the source",
  published: "Date the source was published",
  quote: "Quote: the source's own words that support the claim",
  wording: "The figure as the quote words it (optional), e.g. “at least 1,200”",
  number: "The figure as a number",
  hedge: "The source says the figure is",
  counted: "What the figure counts",
};

/**
 * A teacher's own sourced fact. It becomes a small fact pack, validated with the facts package's
 * rules against the bundled data (a quote is required, and a figure must appear in it); problems
 * show beside their fields and nothing is added until it is valid.
 */
export function OwnFactForm({
  pack,
  onAdd,
}: {
  readonly pack: FactPack | undefined;
  readonly onAdd: (pack: FactPack, id: FactId) => void;
}) {
  const id = useId();
  const [f, setF] = useState<Fields>(EMPTY);
  const [issues, setIssues] = useState<readonly FactIssue[]>([]);
  const problemFor = (field: keyof Fields) => issues.filter((i) => fieldOf(i) === field);
  const other = issues.filter((i) => fieldOf(i) === undefined);

  const submit = () => {
    const stamp = Date.now().toString(36);
    const figure = f.wording.trim() !== "" || f.number.trim() !== "";
    const value = Number(f.number.replace(/,/g, ""));
    const amount =
      f.hedge === "atLeast"
        ? { hedge: "atLeast", min: value }
        : f.hedge === "atMost"
          ? { hedge: "atMost", max: value }
          : { hedge: f.hedge, value };
    const fact = {
      id: `own-fact-${stamp}`,
      topic: f.topic,
      claim: f.claim,
      claimant: `own-actor-${stamp}`,
      stated: { date: f.said },
      when: { kind: "point", at: { date: f.said } },
      appliesTo: "Russia",
      references: [{ source: `own-source-${stamp}`, quote: f.quote }],
      rank: { level: "normal" },
      ...(figure
        ? {
            kind: "headcount",
            amount: { ...amount, wording: f.wording },
            counted: f.counted,
            unit: "people",
          }
        : { kind: "statement" }),
    };
    const next = {
      version: 1,
      sources: [
        ...(pack?.sources ?? []),
        {
          id: `own-source-${stamp}`,
          kind: "news",
          publisher: f.publisher,
          headline: f.headline,
          published: f.published,
          url: f.url,
        },
      ],
      actors: [
        ...(pack?.actors ?? []),
        { id: `own-actor-${stamp}`, kind: "person", name: f.claimant },
      ],
      facts: [...(pack?.facts ?? []), fact],
      conflicts: pack?.conflicts ?? [],
    };
    const result = parseFactPack(next, { extends: bundledPack });
    if (!result.ok) {
      // Only this fact's problems: earlier facts were valid when they were added.
      const index = next.facts.length - 1;
      setIssues(result.issues.filter((i) => i.path[0] !== "facts" || i.path[1] === index));
      return;
    }
    setIssues([]);
    setF(EMPTY);
    onAdd(result.pack, `own-fact-${stamp}` as FactId);
  };

  const field = (name: keyof Fields, input: "text" | "url" | "textarea" = "text") => (
    <label key={name} htmlFor={`${id}-${name}-input`}>
      {LABELS[name]}
      {input === "textarea" ? (
        <textarea
          id={`${id}-${name}-input`}
          rows={2}
          value={f[name]}
          aria-invalid={problemFor(name).length > 0 || undefined}
          aria-describedby={`${id}-${name}`}
          onChange={(e) => setF({ ...f, [name]: e.target.value })}
        />
      ) : (
        <input
          id={`${id}-${name}-input`}
          type={input}
          value={f[name]}
          aria-invalid={problemFor(name).length > 0 || undefined}
          aria-describedby={`${id}-${name}`}
          onChange={(e) => setF({ ...f, [name]: e.target.value })}
        />
      )}
      <span id={`${id}-${name}`} className="field-problem">
        {problemFor(name)
          .map((i) => i.message)
          .join(" ")}
      </span>
    </label>
  );

  return (
    <form
      className="own-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {field("claim", "textarea")}
      {field("claimant")}
      {field("said")}
      <label>
        {LABELS.topic}
        <select value={f.topic} onChange={(e) => setF({ ...f, topic: e.target.value as Topic })}>
          {Object.entries(TOPIC_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {field("publisher")}
      {field("headline")}
      {field("url", "url")}
      {field("published")}
      {field("quote", "textarea")}
      {field("wording")}
      {field("number")}
      <label>
        {LABELS.hedge}
        <select
          value={f.hedge}
          onChange={(e) => setF({ ...f, hedge: e.target.value as Fields["hedge"] })}
        >
          {HEDGE_CHOICES.map((h) => (
            <option key={h} value={h}>
              {hedgeChoice(h)}
            </option>
          ))}
        </select>
      </label>
      {field("counted")}
      {other.length > 0 && (
        <ul role="alert" className="warning">
          {other.map((i) => (
            <li key={`${i.code}${i.path.join(".")}`}>{i.message}</li>
          ))}
        </ul>
      )}
      {issues.length > 0 && (
        <p role="alert" className="warning">
          Not added yet: {issues.length} problem{issues.length === 1 ? "" : "s"} to fix, shown
          beside the fields.
        </p>
      )}
      <button type="submit" className="primary">
        Add the fact
      </button>
    </form>
  );
}

function fieldOf(issue: FactIssue): keyof Fields | undefined {
  const names = issue.path.filter((p): p is string => typeof p === "string");
  for (const name of [...names].reverse()) {
    const field = FIELD_OF[name];
    if (field) return field;
  }
  return undefined;
}
