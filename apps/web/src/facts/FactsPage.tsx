import {
  amountNumbers,
  type Conflict,
  type Fact,
  type FactKind,
  factBase,
  formatDatePoint,
  formatWhen,
  type QuantityFact,
  type Topic,
  whenBounds,
} from "@nklabor/facts";
import { formatPublished } from "@nklabor/quiz";
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { TOPIC_LABELS } from "../shared/labels.js";

const KINDS: Record<FactKind, string> = {
  headcount: "Counts",
  money: "Money",
  share: "Shares",
  duration: "Durations",
  event: "Events",
  statement: "Statements",
};

/** Browse and search the facts; see where the sources disagree. */
export default function FactsPage() {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const [text, setText] = useState("");
  const [topic, setTopic] = useState<Topic | "">("");
  const [kind, setKind] = useState<FactKind | "">("");
  const [source, setSource] = useState("");
  const query = useDeferredValue(text.trim().toLowerCase());
  useEffect(() => heading.current?.focus(), []);

  const found = useMemo(
    () =>
      factBase
        .timeline({
          ...(topic ? { topic } : {}),
          ...(kind ? { kind } : {}),
          ...(source ? { source: source as Fact["references"][number]["source"] } : {}),
        })
        .filter((f) => !query || searchable(f).includes(query)),
    [topic, kind, source, query],
  );

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        The facts
      </h1>
      <p>
        {factBase.facts.length} claims from {factBase.sources.length} sources. Each shows who made
        it, when, and the words of the source.
      </p>
      <section aria-labelledby={`${id}-conflicts`}>
        <h2 id={`${id}-conflicts`}>Where the sources disagree</h2>
        {factBase.conflicts().map((c) => (
          <ConflictView key={c.group.id} conflict={c} />
        ))}
      </section>
      <section aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>All facts</h2>
        <search>
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              Search
              <input
                type="search"
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="e.g. bounty, Matsegora, 2019"
              />
            </label>
            <FilterSelect
              label="Topic"
              all="All topics"
              value={topic}
              options={TOPIC_LABELS}
              onChange={setTopic}
            />
            <FilterSelect
              label="Kind"
              all="All kinds"
              value={kind}
              options={KINDS}
              onChange={setKind}
            />
            <FilterSelect
              label="Source"
              all="All sources"
              value={source}
              options={SOURCES}
              onChange={setSource}
            />
          </form>
        </search>
        <p role="status" className="count">
          {found.length} {found.length === 1 ? "fact" : "facts"}
        </p>
        <ul className="facts">
          {found.map((f) => (
            <li key={f.id}>
              <FactView fact={f} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

const SOURCES: Record<string, string> = Object.fromEntries(
  factBase.sources.map((s) => [s.id, `${s.publisher}, ${formatPublished(s.published)}`]),
);

/** A filter: "" means all; the other values are the keys of `options`. */
function FilterSelect<V extends string>(props: {
  readonly label: string;
  readonly all: string;
  readonly value: V | "";
  readonly options: Readonly<Record<V, string>>;
  readonly onChange: (value: V | "") => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as V | "")}>
        <option value="">{props.all}</option>
        {(Object.entries(props.options) as [V, string][]).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function searchable(fact: Fact): string {
  return [
    fact.claim,
    factBase.claimantOf(fact).name,
    ...fact.references.map((r) => r.quote),
    fact.appliesTo,
  ]
    .join(" ")
    .toLowerCase();
}

function FactView({ fact }: { readonly fact: Fact }) {
  const who = factBase.claimantOf(fact);
  return (
    <article className="fact">
      <p className="fact-meta">
        <span className="tag">{TOPIC_LABELS[fact.topic]}</span>{" "}
        {"amount" in fact && <strong className="figure">{fact.amount.wording}</strong>}
      </p>
      <p className="claim">{fact.claim}</p>
      <p className="fact-meta">
        Said by {who.name}
        {who.role ? ` (${who.role})` : ""}, {formatDatePoint(fact.stated)}; about{" "}
        {formatWhen(fact.when)}; applies to {fact.appliesTo}.
      </p>
      {fact.rank.level === "deprecated" && (
        <p className="warning">
          <strong>Corrected:</strong> {fact.rank.reason}
        </p>
      )}
      {fact.derived && (
        <p className="note">
          <strong>Worked out, not stated:</strong> {fact.derived.method}
        </p>
      )}
      {fact.references.map((ref) => {
        const { source, via } = factBase.cite(ref);
        return (
          <figure key={ref.quote} className="citation">
            <blockquote>{ref.quote}</blockquote>
            <figcaption>
              {source.publisher}
              {via.length > 0 ? ` (via ${via.map((v) => v.name).join(", ")})` : ""},{" "}
              <cite>{source.headline}</cite>, {formatPublished(source.published)}.{" "}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Source<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </figcaption>
          </figure>
        );
      })}
    </article>
  );
}

function ConflictView({ conflict }: { readonly conflict: Conflict }) {
  const figures = conflict.facts.filter((f): f is QuantityFact => "amount" in f);
  return (
    <article className="conflict">
      <h3>{conflict.group.title}</h3>
      <p>{conflict.group.note}</p>
      {figures.length >= 3 && <EstimateChart facts={figures} title={conflict.group.question} />}
      <table>
        <caption className="visually-hidden">{conflict.group.question}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">When</th>
            <th scope="col">What they said</th>
          </tr>
        </thead>
        <tbody>
          {conflict.facts.map((f) => (
            <tr key={f.id}>
              <td>{factBase.claimantOf(f).name}</td>
              <td>{formatWhen(f.when)}</td>
              <td>
                {"amount" in f ? <strong>{f.amount.wording}: </strong> : null}
                {f.claim}
                {f.rank.level === "deprecated" ? " (corrected: see below)" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

/**
 * Puts each label beside its dot (left of it on the right half, so none runs off the chart), then
 * moves labels down until none overlaps another label or a dot. Widths are estimated (12 px text).
 */
function placeLabels<T extends { x: number; y: number; text: string }>(
  items: readonly T[],
  width: number,
) {
  const placed: { x1: number; x2: number; y1: number; y2: number }[] = items.map((d) => ({
    x1: d.x - 7,
    x2: d.x + 7,
    y1: d.y - 7,
    y2: d.y + 7,
  }));
  return [...items]
    .sort((a, b) => a.y - b.y)
    .map((d) => {
      const right = d.x > width * 0.55;
      const w = d.text.length * 6.6;
      const x1 = right ? d.x - 10 - w : d.x + 10;
      let ly = d.y + 4;
      const hits = () =>
        placed.some((b) => x1 < b.x2 && x1 + w > b.x1 && ly - 11 < b.y2 && ly + 3 > b.y1);
      for (let n = 0; n < 12 && hits(); n++) ly += 14;
      placed.push({ x1, x2: x1 + w, y1: ly - 11, y2: ly + 3 });
      return {
        ...d,
        lx: right ? d.x - 10 : d.x + 10,
        ly,
        anchor: right ? ("end" as const) : ("start" as const),
      };
    });
}

/** "Radio Free Asia", "An unnamed Russian…": a claimant's name short enough for a chart label. */
const shortName = (name: string) =>
  name.length <= 22 ? name : `${name.split(" ").slice(0, 3).join(" ")}…`;

/** Worker-count estimates by date on a log scale, labelled with who gave them. */
function EstimateChart({
  facts,
  title,
}: {
  readonly facts: readonly QuantityFact[];
  readonly title: string;
}) {
  const points = facts.flatMap((f) => {
    // The figure the source gave: the value, or the bound of "at least" / "as many as".
    const value = amountNumbers(f.amount)[0] ?? 0;
    const { start, end } = whenBounds(f.when);
    // A figure known only "by" a date (said then, of the years before) is placed at that date.
    const mid = f.when.kind === "by" ? Date.parse(end) : (Date.parse(start) + Date.parse(end)) / 2;
    return value > 0 ? [{ f, value, t: mid }] : [];
  });
  const width = 640;
  const height = 260;
  const pad = { left: 56, right: 24, top: 24, bottom: 36 };
  const t0 = Math.min(...points.map((p) => p.t));
  const t1 = Math.max(...points.map((p) => p.t));
  const years = [];
  for (let y = new Date(t0).getUTCFullYear(); y <= new Date(t1).getUTCFullYear() + 1; y++)
    years.push(y);
  const tMin = Date.UTC(years[0] ?? 2017, 0, 1);
  const tMax = Date.UTC(years.at(-1) ?? 2022, 0, 1);
  const x = (t: number) => pad.left + ((t - tMin) / (tMax - tMin)) * (width - pad.left - pad.right);
  const y = (v: number) =>
    height - pad.bottom - ((Math.log10(v) - 2) / 3) * (height - pad.top - pad.bottom);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">{title}</title>
        <desc id="chart-desc">
          {points
            .map(
              (p) =>
                `${p.f.amount.wording}: ${factBase.claimantOf(p.f).name}, ${formatWhen(p.f.when)}`,
            )
            .join("; ")}
        </desc>
        {[100, 1000, 10000, 100000].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v.toLocaleString("en-US")}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text
            key={yr}
            x={x(Date.UTC(yr, 0, 1))}
            y={height - 12}
            textAnchor="middle"
            className="axis"
          >
            {yr}
          </text>
        ))}
        {placeLabels(
          points.map((p) => ({
            p,
            x: x(p.t),
            y: y(p.value),
            text: `${p.f.amount.wording} (${shortName(factBase.claimantOf(p.f).name)})`,
          })),
          width,
        ).map(({ p, x: cx, y: cy, lx, ly, anchor, text }) => (
          <g key={p.f.id}>
            <circle cx={cx} cy={cy} r={6} className={`dot hedge-${p.f.amount.hedge}`} />
            <text x={lx} y={ly} textAnchor={anchor} className="label">
              {text}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        Each dot is one figure, placed at the time it describes (log scale; a figure said of the
        years before a date, at that date). The words beside it are the source's own: a ceiling, a
        floor, an estimate or a possibility.
      </figcaption>
    </figure>
  );
}
