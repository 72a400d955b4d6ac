import { detectHedge } from "./amount.js";
import { type CsvRecord, csvText, readCsv } from "./csv-text.js";
import { isPartialDate } from "./dates.js";
import { type FactIssue, type FactIssueCode, parseFactPack } from "./parse.js";
import {
  type Actor,
  ActorKind,
  type Amount,
  type DatePoint,
  type Fact,
  type FactKind,
  type FactPack,
  type Source,
  type When,
} from "./schema.js";

/*
 * A fact pack as a spreadsheet: one fact a row, in the columns below (docs/fact-pack-csv.md says
 * what each holds). A fact with several references takes one row more for each: the same id, the
 * source and the quote, nothing else. Claimants are named by id or by name, sources by id or by
 * their details. Rows become a pack that parseFactPack checks whole, so a CSV passes the same
 * checks as a JSON pack; each issue is said of its row and column. The app's own-fact form is a
 * one-row sheet: it fills these columns and reads the issues back by column.
 */

/**
 * The columns of a fact-pack sheet, in the order {@link packToCsv} writes them.
 * {@link parsePackCsv} takes them in any order and letter case, and needs only `id`, `kind`,
 * `topic`, `claim`, `claimant`, `stated` and `quote`: a column left out reads as empty.
 */
export const PACK_CSV_COLUMNS = [
  "id",
  "kind",
  "topic",
  "claim",
  "claimant",
  "claimant_kind",
  "stated",
  "when",
  "applies_to",
  "hedge",
  "value",
  "value_max",
  "wording",
  "reading",
  "unit",
  "per",
  "what",
  "rank",
  "rank_reason",
  "label",
  "source",
  "source_kind",
  "source_publisher",
  "source_headline",
  "source_url",
  "source_published",
  "quote",
] as const;
/** The name of one of the {@link PACK_CSV_COLUMNS}. */
export type PackCsvColumn = (typeof PACK_CSV_COLUMNS)[number];
/** One row: every column's text ("" for empty). */
export type FactRow = Readonly<Record<PackCsvColumn, string>>;

/** A row with nothing in it, to fill. */
export const EMPTY_ROW: FactRow = Object.fromEntries(
  PACK_CSV_COLUMNS.map((c) => [c, ""]),
) as FactRow;

/** The columns a sheet must have (others may be left out: they read as empty). */
const REQUIRED_COLUMNS: readonly PackCsvColumn[] = [
  "id",
  "kind",
  "topic",
  "claim",
  "claimant",
  "stated",
  "quote",
];

/** A fact-pack issue said of a row (its line in the file; the header is line 1) and a column. */
export interface RowIssue extends FactIssue {
  readonly line: number;
  readonly column?: PackCsvColumn;
}

/** Options of {@link parsePackCsv} and {@link packFromRows}. */
export interface PackRowsOptions {
  /** The pack the rows may cite and must not clash with: usually the bundled pack. */
  readonly extends?: FactPack;
  /** A pack the rows join (a draft's own facts): its claimants and sources are reused by name and id. */
  readonly into?: FactPack;
}

/**
 * What {@link parsePackCsv} and {@link packFromRows} return: with `ok`, the whole pack (the `into`
 * pack's records and the rows' new ones) and `added`, the number of facts the rows added; without,
 * every issue by line and column, and `valid` when some facts' rows have none.
 */
export type PackRowsResult =
  | { readonly ok: true; readonly pack: FactPack; readonly added: number }
  | {
      readonly ok: false;
      readonly issues: readonly RowIssue[];
      /** The pack with only the facts whose rows have no issue, if there are any. */
      readonly valid?: { readonly pack: FactPack; readonly added: number };
    };

/** Where in a sheet an issue is: "line 4, wording". */
export function rowIssueAt(issue: RowIssue): string {
  return `line ${issue.line}${issue.column ? `, ${issue.column}` : ""}`;
}

/** A row and the line it came from. */
export interface LinedRow {
  readonly line: number;
  readonly row: FactRow;
}

/**
 * What `packToCsv` returns: the CSV text, and in `omitted` what of the pack its columns could not
 * write, each said once ("conflicts", "references' via").
 */
export interface PackCsv {
  readonly csv: string;
  readonly omitted: readonly string[];
}

/** Reads a fact-pack CSV: its header, then each row, checked whole as `packFromRows` checks. */
export function parsePackCsv(text: string, options: PackRowsOptions = {}): PackRowsResult {
  const read = readCsv(text);
  if (!read.ok)
    return fail([{ code: "INVALID_VALUE", path: [], line: read.line, message: read.message }]);
  const [header, ...records] = read.records;
  if (!header)
    return fail([{ code: "MISSING_FIELD", path: [], line: 1, message: "The file is empty." }]);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const issues: RowIssue[] = [];
  names.forEach((name, i) => {
    if (!(PACK_CSV_COLUMNS as readonly string[]).includes(name))
      issues.push({
        code: "UNKNOWN_FIELD",
        path: [],
        line: 1,
        message: `Column ${i + 1} of the header, ${quote(name)}, is not a fact-pack column.`,
      });
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0)
    issues.push({
      code: "MISSING_FIELD",
      path: [],
      line: 1,
      message: `The header has no ${missing.map(quote).join(", ")} column${missing.length === 1 ? "" : "s"}.`,
    });
  if (issues.length > 0) return fail(issues);
  const rows = records.map((record: CsvRecord): LinedRow => {
    const row: Record<string, string> = { ...EMPTY_ROW };
    names.forEach((name, i) => {
      row[name] = (record.fields[i] ?? "").trim();
    });
    return { line: record.line, row: row as FactRow };
  });
  const extra = records.filter((r) => r.fields.length > names.length);
  if (extra.length > 0)
    return fail(
      extra.map((r) => ({
        code: "UNKNOWN_FIELD",
        path: [],
        line: r.line,
        message: `Line ${r.line} has ${r.fields.length} fields; the header has ${names.length} columns.`,
      })),
    );
  return packFromRows(rows, options);
}

/**
 * Rows as a pack joined to `options.into`, checked whole with parseFactPack against
 * `options.extends`. Nothing is added unless every row is valid; when some are not, `valid` is
 * the pack with only the facts whose rows have no issue.
 */
export function packFromRows(
  rows: readonly LinedRow[],
  options: PackRowsOptions = {},
): PackRowsResult {
  // A fact and the rows of its further references, as one unit: it is added whole or not at all.
  const units: LinedRow[][] = [];
  for (const r of rows) {
    const last = units.at(-1);
    if (last && r.row.kind === "" && r.row.id !== "" && r.row.id === last[0]?.row.id) last.push(r);
    else units.push([r]);
  }
  const first = build(units, options);
  if (first.issues.length === 0) return { ok: true, pack: first.pack, added: units.length };
  let valid = units;
  let attempt = first;
  // Drop the units with issues until what is left is valid (a dropped row may have held a source
  // others cite). Each pass may find more: a pack whose shape is wrong is not checked further, so
  // the rows' quotes and dates are checked once the rows of the wrong shape are out.
  const issues = new Map<string, RowIssue>();
  for (;;) {
    for (const i of attempt.issues) issues.set(`${i.line}|${i.column}|${i.code}`, i);
    if (attempt.issues.length === 0 || valid.length === 0) break;
    const bad = new Set(attempt.issues.map((i) => i.line));
    const kept = valid.filter((unit) => !unit.some((r) => bad.has(r.line)));
    // Issues of no row (the pack the rows join clashes with the one it extends): dropping rows
    // cannot mend them, so no rows are valid to add.
    if (kept.length === valid.length) {
      valid = [];
      break;
    }
    valid = kept;
    attempt = build(valid, options);
  }
  return {
    ok: false,
    // In the file's order, line by line.
    issues: [...issues.values()].sort((a, b) => a.line - b.line),
    ...(valid.length > 0 ? { valid: { pack: attempt.pack, added: valid.length } } : {}),
  };
}

function fail(issues: readonly RowIssue[]): PackRowsResult {
  return { ok: false, issues };
}

const quote = (value: string) => `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;

/** Lowercase letters, digits and single hyphens from a name: an id. */
function slug(name: string, fallback: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return s === "" ? fallback : s;
}

/** "2019", "2019-08-31", or with the part the source named: "late 2020". */
function readDate(text: string): DatePoint | undefined {
  const m = /^(?:(early|mid|late)[\s-]+)?(\S+)$/.exec(text.trim());
  if (!m?.[2] || !isPartialDate(m[2])) return undefined;
  return m[1] ? { date: m[2], part: m[1] as DatePoint["part"] } : ({ date: m[2] } as DatePoint);
}

function writeDate(point: DatePoint): string {
  return point.part ? `${point.part} ${point.date}` : point.date;
}

/** "" (the stated date), a date, "FROM/TO", "FROM/" (since), or "by DATE". */
function readWhen(text: string, stated: DatePoint | undefined): When | undefined {
  const t = text.trim();
  if (t === "") return stated ? { kind: "point", at: stated } : undefined;
  const by = /^by\s+(.+)$/i.exec(t);
  if (by?.[1]) {
    const at = readDate(by[1]);
    return at ? { kind: "by", at } : undefined;
  }
  if (t.includes("/")) {
    const [a = "", b = ""] = t.split("/");
    const from = readDate(a);
    const to = b.trim() === "" ? undefined : readDate(b);
    if (!from || (b.trim() !== "" && !to)) return undefined;
    return to ? { kind: "period", from, to } : { kind: "period", from };
  }
  const at = readDate(t);
  return at ? { kind: "point", at } : undefined;
}

function writeWhen(when: When, stated: DatePoint): string {
  if (when.kind === "point")
    return when.at.date === stated.date && when.at.part === stated.part ? "" : writeDate(when.at);
  if (when.kind === "by") return `by ${writeDate(when.at)}`;
  return `${writeDate(when.from)}/${when.to ? writeDate(when.to) : ""}`;
}

/** "37,000", "0.2", "20%" (a share): the number, or undefined. */
function readNumber(text: string, percent: boolean): number | undefined {
  const t = text.trim().replace(/(\d),(?=\d{3}\b)/g, "$1");
  const m = /^(\d+(?:\.\d+)?)(\s*%)?$/.exec(t);
  if (!m?.[1] || (m[2] && !percent)) return undefined;
  const n = Number(m[1]);
  return m[2] ? Math.round(n * 1e4) / 1e6 : n;
}

const FIGURE_KINDS = new Set(["headcount", "money", "duration", "share"]);
const KINDS: readonly FactKind[] = [
  "headcount",
  "money",
  "duration",
  "share",
  "event",
  "statement",
];
const isKind = (kind: string): kind is FactKind => (KINDS as readonly string[]).includes(kind);
const FIGURE_COLUMNS = ["hedge", "value", "value_max", "wording", "reading"] as const;

/**
 * The columns only some kinds of fact use: each kind's own (a statement has none; the rest are
 * every kind's). A value in a column its kind does not use is an issue, never silently dropped.
 */
export const KIND_COLUMNS: Readonly<Record<FactKind, readonly PackCsvColumn[]>> = {
  headcount: [...FIGURE_COLUMNS, "unit", "per", "what"],
  money: [...FIGURE_COLUMNS, "unit", "per", "what"],
  duration: [...FIGURE_COLUMNS, "unit", "per", "what"],
  share: [...FIGURE_COLUMNS, "what"],
  event: ["what"],
  statement: [],
};
const KIND_ONLY_COLUMNS = [...FIGURE_COLUMNS, "unit", "per", "what"] as const;
const HEDGE_NAMES = ["exact", "approx", "atLeast", "atMost", "range", "possible"];

/** The column a pack path is about, for the field of a fact. */
const FACT_COLUMN: Record<string, PackCsvColumn> = {
  id: "id",
  kind: "kind",
  topic: "topic",
  claim: "claim",
  claimant: "claimant",
  stated: "stated",
  when: "when",
  appliesTo: "applies_to",
  wording: "wording",
  reading: "reading",
  unit: "unit",
  currency: "unit",
  per: "per",
  counted: "what",
  measure: "what",
  measures: "what",
  of: "what",
  title: "what",
  label: "label",
};

const EMPTY_PACK: FactPack = { version: 1, sources: [], actors: [], facts: [], conflicts: [] };

interface Built {
  readonly pack: FactPack;
  readonly issues: RowIssue[];
}

/** Rows to a candidate pack, then parseFactPack on it; every issue said of its row and column. */
function build(units: readonly (readonly LinedRow[])[], options: PackRowsOptions): Built {
  const base = options.extends;
  const into = options.into;
  const sources: Source[] = [...(into?.sources ?? [])];
  const actors: Actor[] = [...(into?.actors ?? [])];
  const facts: unknown[] = [...(into?.facts ?? [])];
  const issues: RowIssue[] = [];
  // Where each new item came from: the line of its row.
  const factLines: number[] = [];
  const refLines: number[][] = [];
  const sourceLines = new Map<number, number>();
  const actorLines = new Map<number, number>();
  const taken = new Set<string>([
    ...(base?.sources ?? []).map((s) => s.id as string),
    ...(base?.actors ?? []).map((a) => a.id as string),
    ...sources.map((s) => s.id as string),
    ...actors.map((a) => a.id as string),
  ]);
  const freshId = (name: string, fallback: string) => {
    const stem = slug(name, fallback);
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  };
  const issue = (line: number, column: PackCsvColumn, code: FactIssueCode, message: string) =>
    issues.push({ code, path: [], line, column, message });

  const knownSource = (id: string) =>
    sources.find((s) => s.id === id) ?? base?.sources.find((s) => s.id === id);
  const resolveSource = ({ line, row }: LinedRow): string | undefined => {
    const details = {
      kind: row.source_kind === "" ? "news" : row.source_kind,
      publisher: row.source_publisher,
      headline: row.source_headline,
      published: row.source_published,
      url: row.source_url,
    };
    const given = [
      row.source_kind,
      row.source_publisher,
      row.source_headline,
      row.source_published,
      row.source_url,
    ].some((v) => v !== "");
    const same = (s: Source) =>
      s.kind === details.kind &&
      s.publisher === details.publisher &&
      s.headline === details.headline &&
      s.published === details.published &&
      s.url === details.url;
    if (row.source !== "") {
      const known = knownSource(row.source);
      if (known) {
        if (given && !same(known))
          issue(
            line,
            "source",
            "DUPLICATE_ID",
            `Source ${quote(row.source)} is already known with other details; leave its details empty to cite it, or give the new source another id.`,
          );
        return row.source;
      }
      if (!given) {
        issue(
          line,
          "source",
          "UNKNOWN_SOURCE",
          `Source ${quote(row.source)} is not a known source id; give its details (publisher, headline, web address, date) to add it.`,
        );
        return undefined;
      }
    } else if (!given) {
      issue(
        line,
        "source",
        "MISSING_FIELD",
        "Name the source: its id, or its publisher, headline, web address and date.",
      );
      return undefined;
    }
    const existing = sources.find(same);
    if (existing && row.source === "") return existing.id;
    const id = row.source !== "" ? row.source : freshId(details.publisher, "source");
    taken.add(id);
    sourceLines.set(sources.length, line);
    sources.push({ id, ...details } as unknown as Source);
    return id;
  };
  const resolveClaimant = ({ line, row }: LinedRow): string | undefined => {
    const name = row.claimant;
    if (name === "") {
      issue(
        line,
        "claimant",
        "MISSING_FIELD",
        "Say who made the claim: a person, a body or an outlet.",
      );
      return undefined;
    }
    const byId = actors.find((a) => a.id === name) ?? base?.actors.find((a) => a.id === name);
    if (byId) return byId.id;
    const byName = actors.find((a) => a.name === name) ?? base?.actors.find((a) => a.name === name);
    if (byName) return byName.id;
    if (!(ActorKind.options as readonly string[]).includes(row.claimant_kind)) {
      issue(
        line,
        "claimant_kind",
        row.claimant_kind === "" ? "MISSING_FIELD" : "INVALID_VALUE",
        `${quote(name)} is not a known claimant id or name; to add them, say what they are: ${ActorKind.options.join(", ")}.`,
      );
      return undefined;
    }
    const id = freshId(name, "claimant");
    actorLines.set(actors.length, line);
    actors.push({ id, kind: row.claimant_kind, name } as unknown as Actor);
    return id;
  };

  for (const unit of units) {
    const [head, ...more] = unit as [LinedRow, ...LinedRow[]];
    const fact = toFact(head, issue);
    const claimant = resolveClaimant(head);
    const refs = unit.map((r) => ({ source: resolveSource(r), quote: r.row.quote }));
    for (const r of more) {
      for (const column of PACK_CSV_COLUMNS) {
        if (
          !["id", "kind", "quote"].includes(column) &&
          !column.startsWith("source") &&
          r.row[column] !== ""
        )
          issue(
            r.line,
            column,
            "UNKNOWN_FIELD",
            `A further reference of fact ${quote(r.row.id)} holds only its source and quote; ${column} belongs on its first row.`,
          );
      }
    }
    // A row with a problem goes on into the pack too, what it lacks left out, so every other
    // problem of it is found in the same pass (said once a column: the row's own word first).
    factLines.push(head.line);
    refLines.push(unit.map((r) => r.line));
    facts.push({ ...fact, claimant, references: refs });
  }

  const candidate = {
    version: 1,
    sources,
    actors,
    facts,
    conflicts: into?.conflicts ?? [],
  };
  const offset = {
    sources: into?.sources.length ?? 0,
    actors: into?.actors.length ?? 0,
    facts: into?.facts.length ?? 0,
  };
  const result = parseFactPack(candidate, base ? { extends: base } : {});
  if (result.ok && issues.length === 0) return { pack: result.pack, issues };
  if (result.ok) return { pack: EMPTY_PACK, issues };
  // A claimant is one thing, named in two columns.
  const where = (i: RowIssue) =>
    `${i.line}|${i.column === "claimant_kind" ? "claimant" : i.column}`;
  const said = new Set(issues.map(where));
  const before = issues.length;
  for (const found of result.issues) {
    const [part, index, ...rest] = found.path;
    const n = typeof index === "number" ? index : -1;
    // Said of the column, not of the pack's path: "source_publisher is empty", not "sources.3.publisher".
    const at = found.path.join(".");
    const of = (column: PackCsvColumn | undefined) =>
      column && at !== "" ? { ...found, message: found.message.replaceAll(at, column) } : found;
    if (part === "facts" && n >= offset.facts) {
      const k = n - offset.facts;
      const [field, sub, subField] = rest;
      if (field === "references" && typeof sub === "number") {
        const column = subField === "source" ? "source" : "quote";
        issues.push({ ...of(column), line: refLines[k]?.[sub] ?? factLines[k] ?? 0, column });
      } else {
        const isRange = (facts[n] as { amount?: Amount }).amount?.hedge === "range";
        const column: PackCsvColumn | undefined =
          field === "amount"
            ? sub === "max" && isRange
              ? "value_max"
              : (FACT_COLUMN[String(sub)] ?? "value")
            : field === "rank"
              ? sub === "reason"
                ? "rank_reason"
                : "rank"
              : FACT_COLUMN[String(field)];
        issues.push({ ...of(column), line: factLines[k] ?? 0, ...(column ? { column } : {}) });
      }
    } else if (part === "sources" && n >= offset.sources) {
      const field = String(rest[0]);
      const column = field === "id" ? "source" : (`source_${field}` as PackCsvColumn);
      issues.push({ ...of(column), line: sourceLines.get(n) ?? 0, column });
    } else if (part === "actors" && n >= offset.actors) {
      const column = rest[0] === "kind" ? "claimant_kind" : "claimant";
      issues.push({ ...of(column), line: actorLines.get(n) ?? 0, column });
    } else {
      issues.push({ ...found, line: 0 });
    }
  }
  // A column the row's reading already found wrong is said once, in the row's own words.
  const found = [
    ...issues.slice(0, before),
    ...issues.slice(before).filter((i) => !said.has(where(i))),
  ];
  // The pack is only used when there are no issues; an empty one stands in otherwise.
  return { pack: EMPTY_PACK, issues: found };
}

/** One row's fact, without its claimant and references; undefined (with issues) when the row cannot make one. */
function toFact(
  { line, row }: LinedRow,
  issue: (line: number, column: PackCsvColumn, code: FactIssueCode, message: string) => void,
): Record<string, unknown> {
  const bad = (column: PackCsvColumn, code: FactIssueCode, message: string) =>
    issue(line, column, code, message);
  if (row.id === "") bad("id", "MISSING_FIELD", "Give the fact an id, e.g. rfa-2019-wages.");
  if (!isKind(row.kind))
    bad(
      "kind",
      row.kind === "" ? "MISSING_FIELD" : "INVALID_VALUE",
      `The kind of fact is one of ${KINDS.join(", ")}${row.kind === "" ? "" : `, not ${quote(row.kind)}`}.`,
    );
  const stated = readDate(row.stated);
  if (!stated)
    bad(
      "stated",
      row.stated === "" ? "MISSING_FIELD" : "INVALID_DATE",
      `When was it said? Use a date with year, month or day: 2019, 2019-08 or 2019-08-31${row.stated === "" ? "" : `, not ${quote(row.stated)}`}.`,
    );
  // An empty "when" is the stated date's: when that is wrong, it is said once, of "stated".
  const when =
    readWhen(row.when, stated) ??
    (row.when === "" ? { kind: "point" as const, at: { date: "0001" } } : undefined);
  if (!when && stated)
    bad(
      "when",
      "INVALID_DATE",
      `The time the claim is about is a date (2019-08), a period (2019-08/2020-01, or 2019-08/ for "since"), or "by 2019-08"; not ${quote(row.when)}.`,
    );
  const figure = FIGURE_KINDS.has(row.kind);
  let amount: Amount | undefined;
  if (figure) {
    const value = readNumber(row.value, row.kind === "share");
    const max = row.value_max === "" ? undefined : readNumber(row.value_max, row.kind === "share");
    if (value === undefined)
      bad(
        "value",
        row.value === "" ? "MISSING_FIELD" : "INVALID_VALUE",
        `The figure is a number in digits (37000 or 37,000${row.kind === "share" ? "; a share as 0.2 or 20%" : ""})${row.value === "" ? "" : `, not ${quote(row.value)}`}.`,
      );
    if (row.value_max !== "" && max === undefined)
      bad(
        "value_max",
        "INVALID_VALUE",
        `The top of the range is a number in digits, not ${quote(row.value_max)}.`,
      );
    const hedge =
      row.hedge !== ""
        ? row.hedge
        : max !== undefined
          ? "range"
          : (detectHedge(row.wording) ?? "exact");
    if (!HEDGE_NAMES.includes(hedge))
      bad(
        "hedge",
        "INVALID_VALUE",
        `The hedge is one of ${HEDGE_NAMES.join(", ")}, not ${quote(hedge)}.`,
      );
    if (hedge !== "range" && row.value_max !== "")
      bad(
        "value_max",
        "UNKNOWN_FIELD",
        "value_max is the top of a range; this figure is not a range.",
      );
    if (hedge === "range" && row.value_max === "")
      bad("value_max", "MISSING_FIELD", "A range needs its top in value_max.");
    const words = { wording: row.wording, ...(row.reading === "" ? {} : { reading: row.reading }) };
    const v = value ?? 0;
    amount = (
      hedge === "atLeast"
        ? { hedge, min: v, ...words }
        : hedge === "atMost"
          ? { hedge, max: v, ...words }
          : hedge === "range"
            ? { hedge, min: v, max: max ?? v, ...words }
            : { hedge, value: v, ...words }
    ) as Amount;
  }
  if (isKind(row.kind)) {
    for (const column of KIND_ONLY_COLUMNS)
      if (row[column] !== "" && !KIND_COLUMNS[row.kind].includes(column))
        bad(column, "UNKNOWN_FIELD", `A ${row.kind} fact has no ${column}: leave it empty.`);
  }
  const rank =
    row.rank === "" || row.rank === "normal"
      ? { level: "normal" }
      : row.rank === "preferred"
        ? { level: "preferred", ...(row.rank_reason === "" ? {} : { reason: row.rank_reason }) }
        : { level: row.rank, reason: row.rank_reason };
  if (rank.level === "normal" && row.rank_reason !== "")
    bad("rank_reason", "UNKNOWN_FIELD", "rank_reason says why a fact is preferred or deprecated.");
  const common = {
    id: row.id,
    topic: row.topic,
    claim: row.claim,
    stated,
    when,
    appliesTo: row.applies_to,
    rank,
    ...(row.label === "" ? {} : { label: row.label }),
  };
  const per = row.per === "" ? {} : { per: row.per };
  switch (row.kind) {
    case "headcount":
      return {
        kind: row.kind,
        ...common,
        amount,
        counted: row.what,
        unit: row.unit || "people",
        ...per,
      };
    case "money":
      return {
        kind: row.kind,
        ...common,
        amount,
        currency: row.unit || "USD",
        per: row.per,
        measure: row.what,
      };
    case "duration":
      return { kind: row.kind, ...common, amount, unit: row.unit, ...per, measures: row.what };
    case "share":
      return { kind: row.kind, ...common, amount, of: row.what };
    case "event":
      return { kind: row.kind, ...common, title: row.what };
    default:
      return { kind: row.kind, ...common };
  }
}

/**
 * A pack as CSV rows, the way `parsePackCsv` reads them back: claimants from outside the pack by
 * id, the pack's own by name and kind; sources by id, with the pack's own details. What the
 * columns cannot hold is listed in `omitted` (a JSON pack keeps everything).
 */
export function packToCsv(pack: FactPack): PackCsv {
  const omitted = new Set<string>();
  const ownActors = new Map(pack.actors.map((a) => [a.id as string, a]));
  const ownSources = new Map(pack.sources.map((s) => [s.id as string, s]));
  if (pack.conflicts.length > 0) omitted.add("conflicts");
  for (const a of pack.actors) {
    if (a.role !== undefined) omitted.add("claimants' roles");
    if (a.affiliation !== undefined) omitted.add("claimants' affiliations");
  }
  for (const s of pack.sources) {
    if (s.symbol !== undefined) omitted.add("sources' document symbols");
    if (s.relays !== undefined) omitted.add("sources' relays");
    if (s.savedAs !== undefined) omitted.add("sources' saved copies");
  }
  const rows: string[][] = [[...PACK_CSV_COLUMNS]];
  const sourceColumns = (id: string) => {
    const s = ownSources.get(id);
    return s
      ? [s.id, s.kind, s.publisher, s.headline, s.url, s.published]
      : [id, "", "", "", "", ""];
  };
  for (const fact of pack.facts) {
    if (fact.derived) omitted.add("derived facts' workings");
    if (fact.related) omitted.add("related facts");
    if (fact.replyTo) omitted.add("replies");
    if (fact.kind === "event" && fact.document) omitted.add("events' documents");
    if (fact.references.some((r) => r.via)) omitted.add("references' via");
    const own = ownActors.get(fact.claimant);
    const amount = "amount" in fact ? fact.amount : undefined;
    const [value, max] = amount ? amountColumns(amount) : ["", ""];
    const row: Record<PackCsvColumn, string> = {
      ...EMPTY_ROW,
      id: fact.id,
      kind: fact.kind,
      topic: fact.topic,
      claim: fact.claim,
      claimant: own ? own.name : fact.claimant,
      claimant_kind: own ? own.kind : "",
      stated: writeDate(fact.stated),
      when: writeWhen(fact.when, fact.stated),
      applies_to: fact.appliesTo,
      hedge: amount?.hedge ?? "",
      value,
      value_max: max,
      wording: amount?.wording ?? "",
      reading: amount?.reading ?? "",
      ...kindColumns(fact),
      rank: fact.rank.level,
      rank_reason: fact.rank.level === "normal" ? "" : (fact.rank.reason ?? ""),
      label: fact.label ?? "",
    };
    fact.references.forEach((ref, r) => {
      const [source, kind, publisher, headline, url, published] = sourceColumns(ref.source);
      const sourceCells = {
        source: source ?? "",
        source_kind: kind ?? "",
        source_publisher: publisher ?? "",
        source_headline: headline ?? "",
        source_url: url ?? "",
        source_published: published ?? "",
        quote: ref.quote,
      };
      const cells =
        r === 0 ? { ...row, ...sourceCells } : { ...EMPTY_ROW, id: fact.id, ...sourceCells };
      rows.push(PACK_CSV_COLUMNS.map((c) => cells[c]));
    });
  }
  return { csv: csvText(rows), omitted: [...omitted] };
}

function amountColumns(amount: Amount): [string, string] {
  switch (amount.hedge) {
    case "atLeast":
      return [String(amount.min), ""];
    case "atMost":
      return [String(amount.max), ""];
    case "range":
      return [String(amount.min), String(amount.max)];
    default:
      return [String(amount.value), ""];
  }
}

function kindColumns(fact: Fact): Partial<Record<PackCsvColumn, string>> {
  switch (fact.kind) {
    case "headcount":
      return { unit: fact.unit, per: fact.per ?? "", what: fact.counted };
    case "money":
      return { unit: fact.currency, per: fact.per, what: fact.measure };
    case "duration":
      return { unit: fact.unit, per: fact.per ?? "", what: fact.measures };
    case "share":
      return { what: fact.of };
    case "event":
      return { what: fact.title };
    case "statement":
      return {};
  }
}
