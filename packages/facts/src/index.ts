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
