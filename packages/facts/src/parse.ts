import type * as z from "zod/v4/core";
import { en } from "zod/v4/locales";
import { amountNumbers, numberSpellings } from "./amount.js";
import { dateBounds, formatDatePoint, whenBounds } from "./dates.js";
import { type Fact, FactPack } from "./schema.js";
import { foldWhitespace } from "./text.js";

/**
 * What is wrong with a fact pack, as a stable code to branch on (the issue's message is for
 * people). The codes up to `EMPTY_QUOTE` come from reading the pack's shape; the rest from
 * {@link checkFactPack}'s checks of ids, cross-references, dates and figures. {@link parsePackCsv}
 * uses the same codes for a sheet's rows.
 */
export type FactIssueCode =
  /** The input is not JSON, or not an object. */
  | "INVALID_JSON"
  /**
   * A required field is missing or empty (in a sheet, also a required column, or the whole file).
   */
  | "MISSING_FIELD"
  /**
   * A field the format does not know (in a sheet, also a column, or a value in a column the fact's
   * kind does not use).
   */
  | "UNKNOWN_FIELD"
  /** A value of the wrong JSON type. */
  | "INVALID_TYPE"
  /**
   * A value the format does not allow: not one of the listed options, a negative figure, a
   * malformed id in a claimant, source or replyTo field.
   */
  | "INVALID_VALUE"
  /** An id not made of lowercase letters, digits and single hyphens. */
  | "INVALID_ID"
  /**
   * A date that is not an ISO date of year, month or day precision (2017, 2017-12, 2017-12-22), or
   * a day not in the calendar.
   */
  | "INVALID_DATE"
  /** A source's address that is not an http(s) URL. */
  | "INVALID_URL"
  /** A fact with no references. */
  | "NO_REFERENCES"
  /** A reference with an empty quote. */
  | "EMPTY_QUOTE"
  /**
   * An id used twice in its list, or already used in the pack extended (in a sheet, also a known
   * source id given with other details).
   */
  | "DUPLICATE_ID"
  /**
   * A reference or an event's document names a source in neither the pack nor the one it extends.
   */
  | "UNKNOWN_SOURCE"
  /** A fact's claimant is in neither the pack's actors nor those of the pack it extends. */
  | "UNKNOWN_CLAIMANT"
  /** A reference's `via` names an actor in neither the pack nor the one it extends. */
  | "UNKNOWN_ACTOR"
  /**
   * A fact id in `derived.from`, `related`, `replyTo` or a conflict group that is in neither the
   * pack nor the one it extends.
   */
  | "UNKNOWN_FACT"
  /** A range whose `min` is above its `max`. */
  | "RANGE_INVERTED"
  /** A period that ends before it starts. */
  | "PERIOD_INVERTED"
  /** A share whose figure is not a fraction from 0 to 1. */
  | "SHARE_OUT_OF_RANGE"
  /** The fact was said after the source that reports it was published. */
  | "STATED_AFTER_SOURCE"
  /** The figure's wording is not in any of the fact's quotes. */
  | "WORDING_NOT_IN_QUOTE"
  /** The figure's digits are not in its wording, and no `reading` says why. */
  | "NUMBER_NOT_IN_WORDING";

/**
 * One problem found in a fact pack: its {@link FactIssueCode}, where it is, and what to do about
 * it.
 */
export interface FactIssue {
  readonly code: FactIssueCode;
  /** Where in the pack: `["facts", 3, "references", 0, "quote"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong and what to do about it. */
  readonly message: string;
}

/**
 * What {@link parseFactPack} returns: `ok` with the parsed pack, or every issue found. A pack whose
 * shape is wrong is not checked further, so fixing its shape may bring up new issues.
 */
export type FactPackResult =
  | { readonly ok: true; readonly pack: FactPack }
  | { readonly ok: false; readonly issues: readonly FactIssue[] };

/** Options of {@link parseFactPack}. */
export interface ParseFactPackOptions {
  /**
   * Another pack whose sources, actors and facts the new one may refer to (its claimants and
   * sources resolve there too) and whose ids it must not reuse: usually the bundled pack.
   */
  readonly extends?: FactPack;
}

/**
 * Validates a user's fact pack: its shape, then every cross-reference and every figure against
 * its quote. Takes parsed JSON or a JSON string. Never throws on bad input: it returns the issues.
 */
export function parseFactPack(input: unknown, options: ParseFactPackOptions = {}): FactPackResult {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail([{ code: "INVALID_JSON", path: [], message: `Not valid JSON: ${reason}` }]);
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([
      {
        code: "INVALID_JSON",
        path: [],
        message: `A fact pack is an object with version, sources, actors and facts; got ${describe(data)}.`,
      },
    ]);
  }
  const parsed = FactPack.safeParse(data, { reportInput: true, error: english });
  if (!parsed.success) return fail(parsed.error.issues.map(toFactIssue));
  const issues = checkFactPack(parsed.data, options.extends);
  return issues.length > 0 ? fail(issues) : { ok: true, pack: parsed.data };
}

/** zod's English messages for this parse alone (zod/mini sets no language for the whole program). */
const english = en().localeError;

const fail = (issues: FactIssue[]): FactPackResult => ({ ok: false, issues });

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function toFactIssue(issue: z.$ZodIssue): FactIssue {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const last = path.at(-1);
  const at = path.length > 0 ? path.join(".") : "the pack";
  const make = (code: FactIssueCode, message: string): FactIssue => ({ code, path, message });
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return make("MISSING_FIELD", `${at} is missing (expected ${issue.expected}).`);
      return make("INVALID_TYPE", `${at}: ${issue.message}.`);
    case "unrecognized_keys":
      return make(
        "UNKNOWN_FIELD",
        `${at} has field(s) the format does not know: ${listKeys(issue.keys)}. Check the spelling.`,
      );
    case "too_small":
      if (last === "references")
        return make(
          "NO_REFERENCES",
          `${at}: a fact needs at least one reference (a source and a verbatim quote).`,
        );
      if (last === "quote")
        return make(
          "EMPTY_QUOTE",
          `${at} is empty: copy the words of the source that support the fact.`,
        );
      if (issue.origin === "string" && Number(issue.minimum) === 1)
        return make("MISSING_FIELD", `${at} is empty: fill it in.`);
      return make("INVALID_VALUE", `${at}: ${issue.message}.`);
    case "invalid_format":
      if (issue.format === "url")
        return make("INVALID_URL", `${at} is not an http(s) web address.`);
      if (last === "id" || (typeof last === "number" && path.at(-2) !== "references")) {
        return make("INVALID_ID", `${at}: ${issue.message}.`);
      }
      return make(isDatePath(path) ? "INVALID_DATE" : "INVALID_VALUE", `${at}: ${issue.message}.`);
    case "custom":
      return make(isDatePath(path) ? "INVALID_DATE" : "INVALID_VALUE", `${at}: ${issue.message}.`);
    default:
      if (isIdPath(path)) return make("INVALID_ID", `${at}: ${issue.message}.`);
      return make("INVALID_VALUE", `${at}: ${issue.message}.`);
  }
}

/** Unknown keys, as many as fit a message: a pack may hold a 100,000-character key, or 10,000 keys. */
function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => JSON.stringify(clip(k)));
  return keys.length > 5 ? `${shown.join(", ")} and ${keys.length - 5} more` : shown.join(", ");
}

/** A value from the pack, cut short for a message. */
function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** A value from the pack, quoted and cut short for a message. */
const q = (value: string) => `"${clip(value)}"`;

const isDatePath = (path: readonly (string | number)[]) =>
  path.some((p) => p === "date" || p === "published");
const isIdPath = (path: readonly (string | number)[]) =>
  ["id", "claimant", "source", "document"].includes(String(path.at(-1)));

/**
 * The checks a schema cannot make: unique ids, references that resolve, ranges and periods the
 * right way round, and each figure present in its quote. Run on every pack, the bundled one too.
 */
export function checkFactPack(pack: FactPack, base?: FactPack): FactIssue[] {
  const issues: FactIssue[] = [];
  // Every value quoted in a message is cut short (q): a pack may hold a 100,000-character id, or
  // a wording with quotation marks in it.
  const add = (code: FactIssueCode, path: (string | number)[], message: string) =>
    issues.push({ code, path, message });

  const ids = <T extends { id: string }>(items: readonly T[] | undefined) =>
    new Set((items ?? []).map((item) => item.id as string));
  const baseSources = ids(base?.sources);
  const baseActors = ids(base?.actors);
  const baseFacts = ids(base?.facts);
  const baseConflicts = ids(base?.conflicts);

  const unique = (items: readonly { id: string }[], field: string, taken: Set<string>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id) || taken.has(item.id)) {
        add(
          "DUPLICATE_ID",
          [field, i, "id"],
          `${field}.${i}.id ${q(item.id)} is used twice; ids must be unique.`,
        );
      }
      seen.add(item.id);
    });
    return seen;
  };
  const sources = union(unique(pack.sources, "sources", baseSources), baseSources);
  const published = new Map(
    [...(base?.sources ?? []), ...pack.sources].map((s) => [s.id as string, s.published]),
  );
  const actors = union(unique(pack.actors, "actors", baseActors), baseActors);
  const facts = union(unique(pack.facts, "facts", baseFacts), baseFacts);
  unique(pack.conflicts, "conflicts", baseConflicts);

  pack.facts.forEach((fact, i) => {
    const at = (...rest: (string | number)[]) => ["facts", i, ...rest];
    if (!actors.has(fact.claimant)) {
      add(
        "UNKNOWN_CLAIMANT",
        at("claimant"),
        `Claimant ${q(fact.claimant)} of fact ${q(fact.id)} is not among the actors.`,
      );
    }
    fact.references.forEach((ref, r) => {
      if (!sources.has(ref.source)) {
        add(
          "UNKNOWN_SOURCE",
          at("references", r, "source"),
          `Source ${q(ref.source)} of fact ${q(fact.id)} is not among the sources.`,
        );
      }
      const date = published.get(ref.source);
      if (date !== undefined && dateBounds(fact.stated).start > dateBounds({ date }).end) {
        add(
          "STATED_AFTER_SOURCE",
          at("stated", "date"),
          `Fact ${q(fact.id)} is said to be stated in ${formatDatePoint(fact.stated)}, after its source ${q(ref.source)} was published (${formatDatePoint({ date })}): a source reports only what was said by then.`,
        );
      }
      ref.via?.forEach((actor, v) => {
        if (!actors.has(actor))
          add(
            "UNKNOWN_ACTOR",
            at("references", r, "via", v),
            `${q(actor)} is not among the actors.`,
          );
      });
    });
    if (fact.kind === "event" && fact.document !== undefined && !sources.has(fact.document)) {
      add(
        "UNKNOWN_SOURCE",
        at("document"),
        `Document ${q(fact.document)} of fact ${q(fact.id)} is not among the sources.`,
      );
    }
    fact.derived?.from.forEach((id, d) => {
      if (!facts.has(id))
        add("UNKNOWN_FACT", at("derived", "from", d), `Fact ${q(id)} is not in the pack.`);
    });
    fact.related?.forEach((id, d) => {
      if (!facts.has(id))
        add("UNKNOWN_FACT", at("related", d), `Fact ${q(id)} is not in the pack.`);
    });
    if (fact.replyTo !== undefined && !facts.has(fact.replyTo)) {
      add(
        "UNKNOWN_FACT",
        at("replyTo"),
        `Fact ${q(fact.replyTo)}, which fact ${q(fact.id)} replies to, is not in the pack.`,
      );
    }
    if (fact.when.kind === "period" && fact.when.to) {
      const { start, end } = whenBounds(fact.when);
      if (start > end)
        add(
          "PERIOD_INVERTED",
          at("when"),
          `The period of fact ${q(fact.id)} ends before it starts.`,
        );
    }
    checkFigure(fact, at, add);
  });

  pack.conflicts.forEach((group, i) => {
    group.facts.forEach((id, f) => {
      if (!facts.has(id))
        add(
          "UNKNOWN_FACT",
          ["conflicts", i, "facts", f],
          `Fact ${q(id)} of conflict ${q(group.id)} is not in the pack.`,
        );
    });
  });
  return issues;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a, ...b]);
}

function checkFigure(
  fact: Fact,
  at: (...rest: (string | number)[]) => (string | number)[],
  add: (code: FactIssueCode, path: (string | number)[], message: string) => void,
) {
  if (!("amount" in fact)) return;
  const { amount } = fact;
  if (amount.hedge === "range" && amount.min > amount.max) {
    add(
      "RANGE_INVERTED",
      at("amount"),
      `The range of fact ${q(fact.id)} has min ${amount.min} > max ${amount.max}.`,
    );
  }
  if (fact.kind === "share" && amountNumbers(amount).some((n) => n < 0 || n > 1)) {
    add(
      "SHARE_OUT_OF_RANGE",
      at("amount"),
      `A share is a fraction from 0 to 1 ("a fifth" is 0.2); fact ${q(fact.id)} has ${amountNumbers(amount).join(" to ")}.`,
    );
  }
  const wording = foldWhitespace(amount.wording);
  if (!fact.references.some((ref) => foldWhitespace(ref.quote).includes(wording))) {
    add(
      "WORDING_NOT_IN_QUOTE",
      at("amount", "wording"),
      `${q(amount.wording)} does not appear in any quote of fact ${q(fact.id)}: the figure must be in the source's words.`,
    );
  }
  if (amount.reading === undefined) {
    // A share may be worded as a percentage: 0.2 as "20%", "20 percent" or "20 per cent".
    const spellings = (n: number) =>
      fact.kind === "share"
        ? [
            ...numberSpellings(n),
            ...numberSpellings(Math.round(n * 1e6) / 1e4).flatMap((p) => [
              `${p}%`,
              `${p} percent`,
              `${p} per cent`,
            ]),
          ]
        : numberSpellings(n);
    const missing = amountNumbers(amount).filter(
      (n) => !spellings(n).some((form) => wording.includes(form)),
    );
    if (missing.length > 0) {
      add(
        "NUMBER_NOT_IN_WORDING",
        at("amount"),
        `${missing.join(", ")} is not written in ${q(amount.wording)}: fix the number, or add a "reading" that says how the words give it ("a fifth" = 0.2).`,
      );
    }
  }
}
