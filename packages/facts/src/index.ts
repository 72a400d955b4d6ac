/**
 * Typed, validated, sourced facts: each a claim with its figure and hedge ("at least", "as many
 * as", "an estimated"), the date it was said and the time it is about, its claimant, and the source
 * and verbatim quote behind it. The package bundles a fact base ({@link factBase}, {@link facts},
 * {@link fact}) with lookups, queries and conflict groups; it parses and checks your own fact packs
 * from JSON ({@link parseFactPack}) or a spreadsheet ({@link parsePackCsv}), and exports the zod
 * schemas, hedge rules and Korean and Russian glossaries behind them.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { bundledPack, factBase, formatWhen, parseFactPack } from "@nklabor/facts";
 *
 * // Each headcount about worker counts: the source's wording, who said it, the time it is about.
 * for (const f of factBase.query({ topic: "worker-counts", kind: "headcount" })) {
 *   console.log(`${f.amount.wording}: ${factBase.claimantOf(f).name}, ${formatWhen(f.when)}`);
 * }
 *
 * // Facts whose sources disagree, linked in groups that leave the disagreement open.
 * for (const { group, facts } of factBase.conflicts()) console.log(group.question, facts.length);
 *
 * // Your own pack, checked against the bundled one: issues are returned, never thrown.
 * const mine = parseFactPack(await readFile("my-pack.json", "utf8"), { extends: bundledPack });
 * if (!mine.ok) for (const issue of mine.issues) console.error(issue.code, issue.message);
 * ```
 *
 * @packageDocumentation
 */
export {
  acceptedAnswers,
  amountBounds,
  amountFigure,
  amountNumbers,
  canFalsify,
  detectHedge,
  ESTIMATE_TOLERANCE,
  HEDGES,
  hedgePhrase,
  localNumber,
  numberSpellings,
  statedRange,
} from "./amount.js";
export type { Citation, Conflict, FactBase, FactQuery } from "./base.js";
export { createFactBase } from "./base.js";
export type {
  BundledActorId,
  BundledConflictId,
  BundledFactId,
  BundledSourceId,
} from "./bundled.js";
export {
  actor,
  actors,
  bundledPack,
  conflictGroups,
  fact,
  factBase,
  facts,
  isBundledFactId,
  source,
  sources,
} from "./bundled.js";
export { CSV_COLUMNS, toCsv } from "./csv.js";
export {
  compareWhen,
  dateBounds,
  formatDatePoint,
  formatWhen,
  isPartialDate,
  precisionOf,
  whenBounds,
} from "./dates.js";
export type { HedgeRendering } from "./glossary.js";
export {
  HEDGE_GLOSSARY,
  hedgedText,
  LATIN_NAMES,
  NAME_GLOSSARY,
  PART_GLOSSARY,
  UNIT_GLOSSARY,
  unitText,
} from "./glossary.js";
export { factPackJsonSchema } from "./json-schema.js";
export { renderOutputs } from "./outputs.js";
export type {
  FactRow,
  LinedRow,
  PackCsv,
  PackCsvColumn,
  PackRowsOptions,
  PackRowsResult,
  RowIssue,
} from "./pack-csv.js";
export {
  EMPTY_ROW,
  KIND_COLUMNS,
  PACK_CSV_COLUMNS,
  packFromRows,
  packToCsv,
  parsePackCsv,
  rowIssueAt,
} from "./pack-csv.js";
export type { FactIssue, FactIssueCode, FactPackResult, ParseFactPackOptions } from "./parse.js";
export { checkFactPack, parseFactPack } from "./parse.js";
export type { QuoteMismatch, QuoteReport } from "./quotes.js";
export { checkQuotes } from "./quotes.js";
export type { FactKind, FactOfKind, FactPackInput, Hedge, QuantityFact } from "./schema.js";
export {
  Actor,
  ActorKind,
  Amount,
  ConflictGroup,
  ConflictReason,
  DatePoint,
  DurationFact,
  EventFact,
  Fact,
  FactPack,
  HeadcountFact,
  MoneyFact,
  MoneyMeasure,
  Rank,
  Reference,
  ShareFact,
  Source,
  SourceKind,
  StatementFact,
  When,
} from "./schema.js";
export {
  ActorId,
  ConflictId,
  FactId,
  Language,
  PartialDate,
  SourceId,
  Topic,
} from "./schema-ids.js";
export { foldWhitespace } from "./text.js";
export type {
  ActorWords,
  ConflictWords,
  FactWords,
  TranslationIssue,
  TranslationIssueCode,
  Translations,
} from "./translation.js";
export { checkTranslatedText, checkTranslation, loadTranslations } from "./translation.js";
export { contentHash, packVersion } from "./version.js";
