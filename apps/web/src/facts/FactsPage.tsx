import {
  amountNumbers,
  type Conflict,
  type DatePoint,
  type Fact,
  type FactKind,
  factBase,
  formatDatePoint,
  isPartialDate,
  type QuantityFact,
  Topic,
  type When,
  whenBounds,
} from "@nklabor/facts";
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { catalogs, useLang, useT } from "../i18n/i18n.js";
import type { Lang } from "../i18n/lang.js";
import { rich, slot } from "../i18n/rich.js";
import { SEARCH_EXAMPLES, topicLabel, useLabels } from "../shared/labels.js";
import { messages as en } from "./messages/compiled/en.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/** The Facts page's words; Korean and Russian loaded when the page is opened in them. */
const words = catalogs<Catalog>(en, load);

/** The page's words, the page's language, and the shared labels. */
function useWords() {
  const { lang } = useLang();
  return { w: words.read(lang), lang, labels: useLabels() };
}

const KINDS: readonly FactKind[] = [
  "headcount",
  "money",
  "share",
  "duration",
  "event",
  "statement",
];

/** A date as the language writes it: "August 2019", "2019년 8월", "август 2019 г.". */
const dateText = (point: DatePoint, lang: Lang) => formatDatePoint(point, lang);

/** A source's publication date in words (a date that is not one, as it is). */
const published = (iso: string, lang: Lang) =>
  isPartialDate(iso) ? formatDatePoint({ date: iso }, lang) : iso;

/** The time a fact is about: "2018", "by August 2019", "2017 to 2019", "since 2018". */
export function whenText(w: Catalog, when: When, lang: Lang): string {
  if (when.kind === "point") return dateText(when.at, lang);
  if (when.kind === "by") return w.byDate({ date: dateText(when.at, lang) });
  return when.to
    ? w.fromTo({ from: dateText(when.from, lang), to: dateText(when.to, lang) })
    : w.since({ from: dateText(when.from, lang) });
}

/** Browse and search the facts; see where the sources disagree. */
export default function FactsPage() {
  const { w, lang, labels } = useWords();
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
        {w.heading()}
      </h1>
      <p>{w.intro({ facts: factBase.facts.length, sources: factBase.sources.length })}</p>
      <section aria-labelledby={`${id}-conflicts`}>
        <h2 id={`${id}-conflicts`}>{w.disagree()}</h2>
        {factBase.conflicts().map((c) => (
          <ConflictView key={c.group.id} conflict={c} />
        ))}
      </section>
      <section aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>{w.allFacts()}</h2>
        <search>
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              {w.search()}
              <input
                type="search"
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={w.searchExample({ examples: SEARCH_EXAMPLES })}
              />
            </label>
            <FilterSelect
              label={w.topic()}
              all={w.allTopics()}
              value={topic}
              options={Topic.options.map((t) => [t, topicLabel(labels, t)] as const)}
              onChange={setTopic}
            />
            <FilterSelect
              label={w.kind()}
              all={w.allKinds()}
              value={kind}
              options={KINDS.map((k) => [k, w.kindName({ kind: k })] as const)}
              onChange={setKind}
            />
            <FilterSelect
              label={w.source()}
              all={w.allSources()}
              value={source}
              options={factBase.sources.map(
                (s) => [s.id as string, `${s.publisher}, ${published(s.published, lang)}`] as const,
              )}
              onChange={setSource}
            />
          </form>
        </search>
        <p role="status" className="count">
          {w.factCount({ n: found.length })}
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

/** A filter: "" means all; the other values are the options' first parts. */
function FilterSelect<V extends string>(props: {
  readonly label: string;
  readonly all: string;
  readonly value: V | "";
  readonly options: readonly (readonly [V, string])[];
  readonly onChange: (value: V | "") => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as V | "")}>
        <option value="">{props.all}</option>
        {props.options.map(([value, text]) => (
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

/*
 * The facts' own words (claims, figures, quotes, headlines, notes) are English, and marked so: a
 * Korean or Russian page reads them with an English voice.
 */

function FactView({ fact }: { readonly fact: Fact }) {
  const { w, lang, labels } = useWords();
  const t = useT();
  const who = factBase.claimantOf(fact);
  // Who said it, their role and the place are the data's words (English), marked so.
  const said = {
    who: slot(0),
    stated: dateText(fact.stated, lang),
    when: whenText(w, fact.when, lang),
    where: slot(2),
  };
  return (
    <article className="fact">
      <p className="fact-meta">
        <span className="tag">{topicLabel(labels, fact.topic)}</span>{" "}
        {"amount" in fact && (
          <strong className="figure" lang="en">
            {fact.amount.wording}
          </strong>
        )}
      </p>
      <p className="claim" lang="en">
        {fact.claim}
      </p>
      <p className="fact-meta">
        {rich(who.role ? w.saidByRole({ ...said, role: slot(1) }) : w.saidBy(said), [
          <span key="who" lang="en">
            {who.name}
          </span>,
          <span key="role" lang="en">
            {who.role}
          </span>,
          <span key="where" lang="en">
            {fact.appliesTo}
          </span>,
        ])}
      </p>
      {fact.rank.level === "deprecated" && (
        <p className="warning">
          <strong>{w.corrected()}</strong> <span lang="en">{fact.rank.reason}</span>
        </p>
      )}
      {fact.derived && (
        <p className="note">
          <strong>{w.derived()}</strong> <span lang="en">{fact.derived.method}</span>
        </p>
      )}
      {fact.references.map((ref) => {
        const { source, via } = factBase.cite(ref);
        return (
          <figure key={ref.quote} className="citation">
            <blockquote lang="en">{ref.quote}</blockquote>
            <figcaption>
              {source.publisher}
              {via.length > 0 ? ` ${w.via({ names: via.map((v) => v.name).join(", ") })}` : ""},{" "}
              <cite lang="en">{source.headline}</cite>, {published(source.published, lang)}.{" "}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {w.sourceLink()}
                <span className="visually-hidden"> {t.opensInNewTab()}</span>
              </a>
            </figcaption>
          </figure>
        );
      })}
    </article>
  );
}

function ConflictView({ conflict }: { readonly conflict: Conflict }) {
  const { w, lang } = useWords();
  const figures = conflict.facts.filter((f): f is QuantityFact => "amount" in f);
  return (
    <article className="conflict">
      <h3 lang="en">{conflict.group.title}</h3>
      <p lang="en">{conflict.group.note}</p>
      {figures.length >= 3 && <EstimateChart facts={figures} title={conflict.group.question} />}
      <table>
        <caption className="visually-hidden" lang="en">
          {conflict.group.question}
        </caption>
        <thead>
          <tr>
            <th scope="col">{w.who()}</th>
            <th scope="col">{w.when()}</th>
            <th scope="col">{w.whatTheySaid()}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.facts.map((f) => (
            <tr key={f.id}>
              <td lang="en">{factBase.claimantOf(f).name}</td>
              <td>{whenText(w, f.when, lang)}</td>
              <td>
                <span lang="en">
                  {"amount" in f ? <strong>{f.amount.wording}: </strong> : null}
                  {f.claim}
                </span>
                {f.rank.level === "deprecated" ? ` ${w.correctedSeeBelow()}` : ""}
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
  const { w, lang } = useWords();
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
        <title id="chart-title" lang="en">
          {title}
        </title>
        <desc id="chart-desc">
          {points
            .map(
              (p) =>
                // The source's words, quoted: English inside a description in the page's language.
                `“${p.f.amount.wording}”: ${factBase.claimantOf(p.f).name}, ${whenText(w, p.f.when, lang)}`,
            )
            .join("; ")}
        </desc>
        {[100, 1000, 10000, 100000].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v.toLocaleString(lang)}
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
            <text x={lx} y={ly} textAnchor={anchor} className="label" lang="en">
              {text}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{w.chartCaption()}</figcaption>
    </figure>
  );
}
