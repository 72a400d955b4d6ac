import {
  bundledPack,
  type FactIssueCode,
  type FactPackInput,
  numberSpellings,
  parseFactPack,
} from "@nklabor/facts";
import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { newSpec } from "./defaults.js";
import { QuizSpecError, type QuizSpecErrorCode } from "./errors.js";
import { generateQuiz } from "./generate.js";
import { decodeSpec, encodeSpec, parseSpec } from "./share.js";
import type { QuizSpec } from "./spec.js";

/*
 * A bounded, seeded fuzz run: hostile share codes and hostile fact packs, the two things the app
 * and the CLI take from strangers. Each must give a quiz or the documented coded error: never a
 * TypeError or RangeError, never a message that repeats the input or runs on. Same seed, same
 * inputs: a failure here replays with the seed and path fast-check prints.
 */

const SEED = 20261123;
/**
 * The error codes decodeSpec and parseSpec document (exhaustive: the type checker says so), all
 * but generateQuiz's own LANGUAGE_NOT_LOADED.
 */
const SPEC_CODES = Object.keys({
  BAD_ENCODING: true,
  UNSUPPORTED_VERSION: true,
  TOO_LARGE: true,
  INVALID_SPEC: true,
} satisfies Record<Exclude<QuizSpecErrorCode, "LANGUAGE_NOT_LOADED">, true>);
/** The issue codes parseFactPack documents. */
const FACT_CODES = Object.keys({
  INVALID_JSON: true,
  MISSING_FIELD: true,
  UNKNOWN_FIELD: true,
  INVALID_TYPE: true,
  INVALID_VALUE: true,
  INVALID_ID: true,
  INVALID_DATE: true,
  INVALID_URL: true,
  NO_REFERENCES: true,
  EMPTY_QUOTE: true,
  DUPLICATE_ID: true,
  UNKNOWN_SOURCE: true,
  UNKNOWN_CLAIMANT: true,
  UNKNOWN_ACTOR: true,
  UNKNOWN_FACT: true,
  RANGE_INVERTED: true,
  PERIOD_INVERTED: true,
  SHARE_OUT_OF_RANGE: true,
  STATED_AFTER_SOURCE: true,
  WORDING_NOT_IN_QUOTE: true,
  NUMBER_NOT_IN_WORDING: true,
} satisfies Record<FactIssueCode, true>);
/** What a person reads: a sentence or two, not the input echoed back. */
const MAX_MESSAGE = 400;

// ---------------------------------------------------------------------------------------------
// Hostile JSON: values JSON.stringify cannot write (1e999, -0, 5,000 levels deep) go in as text.

/** JSON text written as is. */
class Raw {
  constructor(readonly text: string) {}
}
/** A value only a JavaScript caller can pass (NaN, undefined, a bigint): `null` in JSON. */
class JsOnly {
  constructor(readonly value: unknown) {}
}

function stringify(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof JsOnly) return "null";
  if (Array.isArray(value)) return `[${value.map(stringify).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}:${stringify((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The value a JavaScript caller would pass: Raw text parsed (1e999 is Infinity), own keys kept. */
function materialize(value: unknown): unknown {
  if (value instanceof Raw) return JSON.parse(value.text);
  if (value instanceof JsOnly) return value.value;
  if (Array.isArray(value)) return value.map(materialize);
  if (typeof value === "object" && value !== null) {
    const out = {};
    for (const k of Object.keys(value)) define(out, k, materialize((value as never)[k]));
    return out;
  }
  return value;
}

/** An own property, even for "__proto__" (as JSON.parse makes it). */
function define(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function objectOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out = {};
  for (const [k, v] of entries) define(out, k, v);
  return out;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Raw || value instanceof JsOnly)
  )
    return objectOf(Object.keys(value).map((k) => [k, clone((value as never)[k])]));
  return value;
}

/** A share code for any text, as encodeSpec would make it (but without validating anything). */
function codeOfJson(json: string): string {
  const bytes = deflateSync(strToU8(json), { level: 6 });
  let binary = "";
  for (let i = 0; i < bytes.length; i += 4096)
    binary += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return `1${btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}

const DEEP = 5_000;
const deepValues = [
  new Raw(`${"[".repeat(DEEP)}${"]".repeat(DEEP)}`),
  new Raw(`${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`),
  new Raw(`${'[{"facts":'.repeat(DEEP)}[]${"}]".repeat(DEEP)}`),
];
const NUMBER_TOKENS = [
  "1e308",
  "-1e308",
  "1e999",
  "-1e999",
  "-0",
  "0",
  "5e-324",
  "9007199254740993",
  "1.5",
  "0.2",
  "-1",
  "4",
  "5",
  "100",
  "101",
  "600",
  "601",
  "1E2",
];
/** Characters no text should carry, and some that look like nothing. */
const NASTY = [
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u202e",
  "\u2066",
  "\u200b",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u2028",
  "\ud800",
  "\udfff",
  "👷‍♂️",
  "\n",
  "\t",
  " ",
  '"',
  "\\",
  "%E0%A4%A",
  "<script>",
  "{{x}}",
];
const BUNDLED_FACT_IDS = bundledPack.facts.map((f) => f.id as string);
const BUNDLED_SOURCE_IDS = bundledPack.sources.map((s) => s.id as string);
const BUNDLED_ACTOR_IDS = bundledPack.actors.map((a) => a.id as string);
/** Words from the formats: enum values, ids, dates, good and bad. */
const TOKENS = [
  "sanctions",
  "worker-counts",
  "true-false",
  "numeric-choice",
  "choice",
  "numeric",
  "ordering",
  "headcount",
  "money",
  "share",
  "duration",
  "event",
  "statement",
  "point",
  "period",
  "by",
  "range",
  "approx",
  "preferred",
  "deprecated",
  "USD",
  "people",
  "no-such-id",
  "Bad Id",
  "https://example.org",
  "javascript:alert(1)",
  "2019",
  "2019-12",
  "2019-13-45",
  "2019-02-30",
  "2019-00",
  "2019-1-1",
  "0000-00-00",
  "+002019",
  "2019-12-22T00:00:00Z",
  ...BUNDLED_FACT_IDS.slice(0, 4),
  ...BUNDLED_SOURCE_IDS.slice(0, 2),
  ...BUNDLED_ACTOR_IDS.slice(0, 2),
];
const SPEC_KEYS = [
  "version",
  "title",
  "seed",
  "count",
  "topics",
  "types",
  "difficulty",
  "pinned",
  "excluded",
  "repeatFacts",
  "customFacts",
  "customQuestions",
  "edits",
  "order",
  "timerSeconds",
  "feedback",
  "shuffle",
];
const PACK_KEYS = ["sources", "actors", "facts", "conflicts", "amount", "references", "when"];
const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "then"];

const hugeString = fc
  .tuple(fc.integer({ min: 300, max: 30_000 }), fc.constantFrom("x", "\u202e", "é", '"a', " "))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));
const nastyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 2 },
  {
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 4 })), { maxLength: 10 })
      .map((parts) => parts.join("")),
    weight: 3,
  },
  { arbitrary: fc.constantFrom(...TOKENS), weight: 4 },
);
const keyArb = fc.oneof(
  { arbitrary: fc.constantFrom(...SPEC_KEYS, ...PACK_KEYS, ...PROTO_KEYS), weight: 12 },
  { arbitrary: nastyText, weight: 4 },
  { arbitrary: hugeString, weight: 1 },
);
const hugeArray = fc
  .tuple(fc.integer({ min: 1_000, max: 12_000 }), fc.constantFrom('"sanctions"', "1", "{}", "[]"))
  .map(([n, item]) => new Raw(`[${Array(n).fill(item).join(",")}]`));
const leafArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.constantFrom<unknown>(null, true, false, 0, 1, 2, -1, 10, "1", "", [], {}),
    weight: 4,
  },
  { arbitrary: nastyText, weight: 4 },
  { arbitrary: fc.constantFrom(...NUMBER_TOKENS).map((t) => new Raw(t)), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  // big ones, rarer: each costs a hundred small ones to deflate, inflate and parse
  { arbitrary: fc.oneof(fc.constantFrom(...deepValues), hugeArray, hugeString), weight: 1 },
);
const { node: nodeArb } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    { arbitrary: leafArb, weight: 3 },
    { arbitrary: fc.array(tie("node"), { maxLength: 4 }), weight: 1 },
    {
      arbitrary: fc.array(fc.tuple(keyArb, tie("node")), { maxLength: 4 }).map(objectOf),
      weight: 1,
    },
  ),
}));

// ---------------------------------------------------------------------------------------------
// Mutations: take a valid document and break it somewhere.

interface Mutation {
  /** "retarget": one of the document's words (an id, a date, an enum value) becomes `token`. */
  readonly op: "set" | "delete" | "duplicate" | "wrap" | "addKey" | "retarget";
  /** Which slot (property or element) of the document, modulo their number. */
  readonly at: number;
  readonly key: string;
  readonly value: unknown;
  readonly token: string;
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number } | "root";

function slotsOf(root: unknown): Slot[] {
  const slots: Slot[] = ["root"];
  const walk = (value: unknown) => {
    if (slots.length > 5_000 || value instanceof Raw || value instanceof JsOnly) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        slots.push({ parent: value, key: i });
        walk(item);
      });
    } else if (typeof value === "object" && value !== null) {
      for (const k of Object.keys(value)) {
        slots.push({ parent: value as Record<string, unknown>, key: k });
        walk((value as Record<string, unknown>)[k]);
      }
    }
  };
  walk(root);
  return slots;
}

function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  let root = clone(document);
  for (const m of mutations) {
    let slots = slotsOf(root);
    if (m.op === "retarget") {
      const words = slots.filter((s) => s !== "root" && isWord((s.parent as never)[s.key]));
      if (words.length > 0) slots = words;
    }
    const slot = slots[m.at % slots.length] as Slot;
    const current = slot === "root" ? root : (slot.parent as never)[slot.key];
    const put = (value: unknown) => {
      if (slot === "root") root = value;
      else if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
      else define(slot.parent, slot.key as string, value);
    };
    switch (m.op) {
      case "set":
        // a copy: the same generated value may be shared by other runs (a constant [] or {})
        put(clone(m.value));
        break;
      case "retarget":
        put(m.token);
        break;
      case "delete":
        if (slot === "root") root = undefined;
        else if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else delete slot.parent[slot.key as string];
        break;
      case "duplicate":
        if (slot !== "root" && Array.isArray(slot.parent)) slot.parent.push(clone(current));
        else put([current, clone(current)]);
        break;
      case "wrap":
        put(m.key.length % 2 === 0 ? [current] : objectOf([[m.key, current]]));
        break;
      case "addKey":
        if (typeof current === "object" && current !== null && !Array.isArray(current))
          define(current, m.key, clone(m.value));
        else put(objectOf([[m.key, clone(m.value)]]));
        break;
    }
  }
  return root === undefined ? null : root;
}

const isWord = (value: unknown) => typeof value === "string" && /^[\w-]{1,40}$/.test(value);

const mutationArb = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({
    op: fc.constantFrom(
      "set",
      "retarget",
      "retarget",
      "delete",
      "duplicate",
      "wrap",
      "addKey" as const,
    ),
    at: fc.nat(),
    key: keyArb,
    value: values,
    token: fc.constantFrom(...TOKENS, "odd-fact-0", "odd-fact-1", "odd-source", "odd-actor"),
  });

// ---------------------------------------------------------------------------------------------
// Valid but odd: what a spec or a pack may hold and still be accepted.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a spec's text refuses
const REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const oddWords = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "Сколько рабочих?",
    "كم عدد العمال؟",
    "북한 노동자",
    "a\u200bb",
    "👷‍♂️ workers",
    "line\nbreak",
    "tab\there",
    "\ud800 lone half",
    "para\u2028sep",
    "e\u0301",
    "1e308",
  ),
);
/** Text a spec accepts (trimmed, visible, no controls) that is still odd, up to `max` characters. */
const specText = (max: number) =>
  oddWords.map((s) => `Q ${s.replace(REFUSED, "")}`.slice(0, max).trim());

/** A valid pack of up to four facts, odd in every way the format allows. */
const oddPackArb: fc.Arbitrary<FactPackInput> = fc
  .record({
    size: fc.integer({ min: 1, max: 4 }),
    kinds: fc.array(
      fc.constantFrom("headcount", "money", "share", "duration", "event", "statement" as const),
      { minLength: 4, maxLength: 4 },
    ),
    values: fc.array(
      fc.oneof(
        fc.nat(),
        fc.double({ min: 0, max: 1e308, noNaN: true }),
        fc.constantFrom(0, -0, 1e308, 5e-324, 0.5, 1, 1e9, 2_500_000),
      ),
      { minLength: 8, maxLength: 8 },
    ),
    hedges: fc.array(
      fc.constantFrom("exact", "approx", "atLeast", "atMost", "range", "possible" as const),
      { minLength: 4, maxLength: 4 },
    ),
    words: fc.array(oddWords, { minLength: 6, maxLength: 6 }),
    dates: fc.array(
      fc.constantFrom("1900", "2019", "2019-12", "2020-02-29", "2019-02-28", "9999-12-31", "0001"),
      { minLength: 4, maxLength: 4 },
    ),
    useReading: fc.boolean(),
    bundledSource: fc.constantFrom(...BUNDLED_SOURCE_IDS),
    bundledActor: fc.constantFrom(...BUNDLED_ACTOR_IDS),
    bundledFact: fc.constantFrom(...BUNDLED_FACT_IDS),
    links: fc.boolean(),
  })
  .map((r) => {
    const text = (i: number) => `${r.words[i % r.words.length] ?? ""} x`.trim();
    const facts = Array.from({ length: r.size }, (_, i) => {
      const kind = r.kinds[i] ?? "statement";
      let a = r.values[2 * i] ?? 1;
      let b = r.values[2 * i + 1] ?? 2;
      if (kind === "share") [a, b] = [Math.min(a, 1), Math.min(b, 1)];
      const [min, max] = a <= b ? [a, b] : [b, a];
      const hedge = r.hedges[i] ?? "exact";
      const spelled = (n: number) => numberSpellings(n)[0] ?? String(n);
      const wording =
        hedge === "range"
          ? `between ${spelled(min)} and ${spelled(max)}`
          : `${hedge === "atLeast" ? "at least" : "about"} ${spelled(a)}`;
      const amount =
        hedge === "range"
          ? { hedge, min, max, wording }
          : hedge === "atLeast"
            ? { hedge, min: a, wording }
            : hedge === "atMost"
              ? { hedge, max: a, wording }
              : { hedge, value: a, wording };
      const date = r.dates[i] ?? "2019";
      const common = {
        id: `odd-fact-${i}`,
        topic: "worker-counts",
        claim: `${text(i)}: a claim.`,
        claimant: i % 2 === 0 ? "odd-actor" : r.bundledActor,
        stated: { date, ...(i === 1 ? { part: "late" } : {}) },
        when:
          i === 2
            ? { kind: "period", from: { date: "1900" }, to: { date } }
            : { kind: i === 3 ? "by" : "point", at: { date } },
        appliesTo: text(i + 1),
        references: [
          {
            source: i % 2 === 0 ? "odd-source" : r.bundledSource,
            quote: `${text(i + 2)} ${wording} ${text(i + 3)}`,
            ...(i === 1 ? { via: ["odd-actor"] } : {}),
          },
        ],
        rank: i === 3 ? { level: "deprecated", reason: text(i) } : { level: "normal" },
        ...(r.links && i === 0
          ? { related: [r.bundledFact], replyTo: r.bundledFact, label: text(4).slice(0, 140) }
          : {}),
        ...(r.links && i === 1
          ? { derived: { from: [r.bundledFact, "odd-fact-0"], method: text(5) } }
          : {}),
      };
      const figure = { amount: { ...amount, ...(r.useReading ? { reading: text(i) } : {}) } };
      switch (kind) {
        case "headcount":
          return { ...common, kind, ...figure, counted: text(i), unit: "people" };
        case "money":
          return { ...common, kind, ...figure, currency: "USD", per: "month", measure: "earnings" };
        case "share":
          return { ...common, kind, ...figure, of: text(i) };
        case "duration":
          return { ...common, kind, ...figure, unit: "hours", per: "day", measures: text(i) };
        case "event":
          return { ...common, kind, title: text(i), document: "odd-source" };
        default:
          return { ...common, kind };
      }
    });
    return {
      version: 1,
      sources: [
        {
          id: "odd-source",
          kind: "news",
          publisher: text(1),
          headline: text(2),
          published: r.dates[0] ?? "2019",
          url: "https://example.org/a%20b?q=%E2%80%AE#x",
          relays: { how: "report", publisher: text(3) },
        },
      ],
      actors: [{ id: "odd-actor", kind: "anonymous", name: text(0), role: text(5) }],
      facts,
      conflicts:
        r.links && facts.length >= 2
          ? [
              {
                id: "odd-conflict",
                title: text(0),
                question: `${text(1)}?`,
                facts: ["odd-fact-0", "odd-fact-1", r.bundledFact],
                reasons: ["different-date"],
                note: text(2),
              },
            ]
          : [],
    } as FactPackInput;
  })
  // Only the packs that really are valid (a figure's spelling can be odder than the checker).
  .filter((pack) => parseFactPack(pack, { extends: bundledPack }).ok);

/** The ids of a quiz made from a fixed spec: edits that reach real questions. */
const BASE = newSpec("fuzz-base", { count: 8 });
const BASE_IDS = generateQuiz(BASE).questions.map((q) => q.id);

const customQuestionArb = fc.oneof(
  fc
    .record({
      format: fc.constant("choice" as const),
      prompt: specText(500),
      options: fc.uniqueArray(specText(200), {
        minLength: 2,
        maxLength: 6,
        selector: (o) => o.toLowerCase(),
      }),
      correct: fc.nat(5),
    })
    .map((q) => ({ ...q, correct: q.correct % q.options.length })),
  fc.record({
    format: fc.constant("true-false" as const),
    prompt: specText(500),
    correct: fc.boolean(),
  }),
  fc.record({
    format: fc.constant("numeric" as const),
    prompt: specText(500),
    correct: fc.oneof(fc.integer(), fc.constantFrom(-0, 1e307, -1e307, 5e-324, 0.1)),
    tolerance: fc.constantFrom(0, 0.5, 1e306),
    unit: fc.constantFrom("", "people", "US$", "\u200b"),
  }),
  fc.record({
    format: fc.constant("ordering" as const),
    prompt: specText(500),
    items: fc.uniqueArray(specText(200), { minLength: 2, maxLength: 8 }),
  }),
);

/** Specs that are valid, with odd but accepted content: each must give a quiz. */
const oddSpecArb: fc.Arbitrary<QuizSpec | Record<string, unknown>> = fc
  .record({
    seed: fc.oneof(fc.string({ minLength: 1, maxLength: 64 }), fc.constant("fuzz-base")),
    count: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant(8)),
    title: specText(120),
    topics: fc.subarray(["sanctions", "worker-counts", "remittances", "conditions", "enforcement"]),
    difficulty: fc.constantFrom("easy", "medium", "hard", "mixed"),
    pinned: fc.subarray(BUNDLED_FACT_IDS, { maxLength: 3 }),
    excluded: fc.subarray(BUNDLED_FACT_IDS, { maxLength: 12 }),
    repeatFacts: fc.boolean(),
    customQuestions: fc.array(customQuestionArb, { maxLength: 3 }),
    edits: fc.array(
      fc.record({
        questionId: fc.oneof(
          fc.constantFrom(...BASE_IDS),
          fc.string({ minLength: 1, maxLength: 80 }),
        ),
        prompt: fc.option(specText(500), { nil: undefined }),
        options: fc.option(
          fc.uniqueArray(specText(200), {
            minLength: 2,
            maxLength: 6,
            selector: (o) => o.toLowerCase(),
          }),
          { nil: undefined },
        ),
      }),
      { maxLength: 4 },
    ),
    order: fc.array(
      fc.oneof(fc.constantFrom(...BASE_IDS), fc.string({ minLength: 1, maxLength: 80 })),
      {
        maxLength: 5,
      },
    ),
    timerSeconds: fc.option(fc.integer({ min: 5, max: 600 }), { nil: undefined }),
    customFacts: fc.option(oddPackArb, { nil: undefined, freq: 3 }),
    shuffle: fc.boolean(),
    feedback: fc.constantFrom("immediate", "end"),
  })
  .map(({ customQuestions, edits, customFacts, timerSeconds, pinned, ...rest }) => ({
    version: 1,
    ...rest,
    pinned: [...pinned, ...(customFacts?.facts.slice(0, 2).map((f) => f.id) ?? [])],
    customQuestions: customQuestions.map((q, i) => ({ ...q, id: `own-${i}` })),
    edits: [...new Map(edits.map((e) => [e.questionId, e])).values()].map(
      ({ options, prompt, ...e }) => ({
        ...e,
        ...(prompt === undefined ? {} : { prompt }),
        ...(options === undefined ? {} : { options, correct: options.length - 1 }),
      }),
    ),
    ...(customFacts === undefined ? {} : { customFacts }),
    ...(timerSeconds === undefined ? {} : { timerSeconds }),
  }));

// ---------------------------------------------------------------------------------------------
// What each input must come to.

/** A quiz, or the documented error: asserted here, for a share code or a spec. */
function expectQuizOrSpecError(input: string, call: () => QuizSpec): "quiz" | QuizSpecErrorCode {
  let spec: QuizSpec;
  try {
    spec = call();
  } catch (error) {
    if (!(error instanceof QuizSpecError)) throw error;
    expect(SPEC_CODES).toContain(error.code);
    expect(error.name).toBe("QuizSpecError");
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message.length).toBeLessThan(MAX_MESSAGE);
    if (input.length > 40) expect(error.message).not.toContain(input);
    return error.code;
  }
  // Many inputs decode to the same spec (the pools repeat): each spec is generated once.
  const key = JSON.stringify(spec);
  if (!generated.has(key)) {
    const quiz = generateQuiz(spec);
    expect(Array.isArray(quiz.questions)).toBe(true);
    generated.add(key);
  }
  return "quiz";
}
const generated = new Set<string>();

function expectFactIssues(result: ReturnType<typeof parseFactPack>) {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  // A pack may have thousands of issues: checked in plain code, and only the odd ones reported.
  const odd = result.issues.filter(
    (issue) =>
      !FACT_CODES.includes(issue.code) ||
      typeof issue.message !== "string" ||
      issue.message.length < 10 ||
      issue.message.length >= MAX_MESSAGE ||
      !issue.path.every((p) => typeof p === "string" || typeof p === "number"),
  );
  expect(odd).toEqual([]);
}

/** How many inputs came to each outcome: a quiz, or an error code. */
class Tally {
  readonly counts: Record<string, number> = {};
  add(outcome: string) {
    this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
  }
  get errors() {
    return Object.entries(this.counts).reduce((n, [k, v]) => (k === "quiz" ? n : n + v), 0);
  }
  get quizzes() {
    return this.counts.quiz ?? 0;
  }
}

describe("fuzz: hostile share codes (10,000, seeded)", () => {
  it("each gives a quiz or a QuizSpecError with a documented code and a short message", () => {
    const valid = encodeSpec(BASE);
    const bombs = [
      codeOfJson(" ".repeat(9_000_000)),
      codeOfJson(`{"version":1,"seed":"${"a".repeat(3_000_000)}"}`),
      codeOfJson(`[${"0,".repeat(1_000_000)}0]`),
      codeOfJson(`{"version":1,"seed":"s","topics":[${'"sanctions",'.repeat(16_000)}"sanctions"]}`),
    ];
    const validCodes = oddSpecArb.map((spec) => codeOfJson(stringify(spec)));
    // The mutations start from a fixed sample of odd specs: generating each afresh costs more
    // than decoding it, and the mutations, not the starting points, are what is hostile.
    const specPool = fc.constantFrom(...fc.sample(oddSpecArb, { seed: SEED, numRuns: 60 }));
    const codePool = fc.constantFrom(
      valid,
      ...fc.sample(validCodes, { seed: SEED + 1, numRuns: 30 }),
    );
    const damaged = fc
      .tuple(codePool, fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), fc.nat(5))
      .map(([code, a, b, junk, how]) => {
        const i = a % code.length;
        const j = b % code.length;
        const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        switch (how) {
          case 0: // cut
            return code.slice(0, Math.max(i, j));
          case 1: // spliced
            return code.slice(0, Math.min(i, j)) + junk + code.slice(Math.max(i, j));
          case 2: // a character changed (six bits flipped at once)
            return (
              code.slice(0, i) +
              chars[(chars.indexOf(code[i] ?? "A") ^ (1 + (j % 63))) % 64] +
              code.slice(i + 1)
            );
          case 3: // glued to another
            return code + code.slice(1, 1 + j);
          case 4: // whitespace and a link around it
            return ` ${code}\n`;
          default:
            return code.slice(0, i) + code.slice(i, j).split("").reverse().join("") + code.slice(j);
        }
      });
    const hostileJson = fc.oneof(
      { arbitrary: nodeArb.map(stringify), weight: 3 },
      {
        arbitrary: fc
          .tuple(specPool, fc.array(mutationArb(nodeArb), { minLength: 1, maxLength: 4 }))
          .map(([spec, mutations]) => stringify(mutate(spec, mutations))),
        weight: 6,
      },
      {
        // the version, in every form but the number 1
        arbitrary: fc
          .tuple(specPool, nodeArb)
          .map(([spec, version]) => stringify({ ...spec, version })),
        weight: 2,
      },
      {
        // JSON that JSON.parse reads in its own way: duplicate keys, a prototype key, 1e999
        arbitrary: fc
          .tuple(fc.constantFrom(...PROTO_KEYS), fc.constantFrom(...NUMBER_TOKENS))
          .map(
            ([key, n]) =>
              `{"version":1,"seed":"s","version":${n},"${key}":{"version":2,"count":${n}},"count":${n}}`,
          ),
        weight: 1,
      },
      { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
    );
    const anyCode = fc.oneof(
      { arbitrary: fc.string(), weight: 6 },
      { arbitrary: fc.string({ unit: "binary" }), weight: 6 },
      { arbitrary: fc.stringMatching(/^1[A-Za-z0-9_-]{0,300}$/), weight: 6 },
      { arbitrary: hugeString, weight: 3 },
      { arbitrary: damaged, weight: 15 },
      { arbitrary: hostileJson.map(codeOfJson), weight: 30 },
      { arbitrary: validCodes, weight: 3 },
      // each bomb is the same few inputs: a few dozen runs say all they can
      { arbitrary: fc.constantFrom(...bombs), weight: 1 },
    );
    const seen = new Tally();
    fc.assert(
      fc.property(anyCode, (code) => {
        seen.add(expectQuizOrSpecError(code, () => decodeSpec(code)));
      }),
      { seed: SEED, numRuns: 10_000 },
    );
    // Every outcome was reached: some codes open, most are refused, with each of the codes.
    expect(seen.quizzes).toBeGreaterThan(200);
    for (const code of SPEC_CODES) expect(seen.counts[code], code).toBeGreaterThan(20);
  }, 120_000);
});

describe("fuzz: hostile fact packs (2,000, seeded)", () => {
  it("parseFactPack gives only documented issues; inside a spec, a quiz or INVALID_SPEC", () => {
    const packValues = fc.oneof(
      { arbitrary: nodeArb, weight: 4 },
      {
        arbitrary: fc.constantFrom(
          new JsOnly(Number.NaN),
          new JsOnly(Number.POSITIVE_INFINITY),
          new JsOnly(Number.NEGATIVE_INFINITY),
          new JsOnly(undefined),
          new JsOnly(10n),
          new JsOnly(-0),
          new JsOnly(new Date(Number.NaN)),
        ),
        weight: 1,
      },
    );
    const hostilePack = fc.oneof(
      { arbitrary: nodeArb, weight: 2 },
      { arbitrary: oddPackArb, weight: 2 },
      {
        arbitrary: fc
          .tuple(oddPackArb, fc.array(mutationArb(packValues), { minLength: 1, maxLength: 4 }))
          .map(([pack, mutations]) => mutate(pack, mutations)),
        weight: 8,
      },
    );
    const seen = new Tally();
    const issueCodes = new Tally();
    fc.assert(
      fc.property(hostilePack, fc.boolean(), (pack, asText) => {
        const text = stringify(pack);
        const value = materialize(pack);
        const result = parseFactPack(asText ? text : value, { extends: bundledPack });
        expectFactIssues(result);
        for (const code of new Set(result.ok ? [] : result.issues.map((i) => i.code)))
          issueCodes.add(code);
        // A teacher's own facts inside a spec: the same verdict, as a QuizSpecError.
        const outcome = expectQuizOrSpecError(text, () =>
          parseSpec({ version: 1, seed: "fuzz", count: 4, customFacts: value }),
        );
        seen.add(outcome);
        // (undefined is no customFacts at all: a valid spec)
        if (!asText && value !== undefined)
          expect(outcome).toBe(result.ok ? "quiz" : "INVALID_SPEC");
      }),
      { seed: SEED, numRuns: 2_000 },
    );
    // Odd packs were accepted; broken ones failed the shape checks and the cross-references too.
    expect(seen.quizzes).toBeGreaterThan(200);
    expect(seen.errors).toBeGreaterThan(1_000);
    for (const code of [
      "INVALID_JSON",
      "INVALID_TYPE",
      "MISSING_FIELD",
      "UNKNOWN_FIELD",
      "INVALID_DATE",
      "DUPLICATE_ID",
      "UNKNOWN_CLAIMANT",
      "UNKNOWN_SOURCE",
      "UNKNOWN_FACT",
    ])
      expect(issueCodes.counts[code], code).toBeGreaterThan(0);
  }, 120_000);

  it("dangling ids, duplicate ids, impossible dates: each its documented code", () => {
    /** A field of the pack's first fact set to a value (undefined: removed), and the code it must give. */
    type Breaker = readonly [FactIssueCode, readonly (string | number)[], unknown];
    const conflict = (facts: string[]) => [
      { id: "c", title: "T", question: "Q?", facts, reasons: ["different-date"], note: "N" },
    ];
    const breakers: Breaker[] = [
      ["UNKNOWN_CLAIMANT", ["claimant"], "nobody"],
      ["UNKNOWN_SOURCE", ["references", 0, "source"], "nowhere"],
      ["UNKNOWN_ACTOR", ["references", 0, "via"], ["nobody"]],
      ["UNKNOWN_FACT", ["related"], ["no-such-fact"]],
      ["UNKNOWN_FACT", ["replyTo"], "no-such-fact"],
      ["UNKNOWN_FACT", ["derived"], { from: ["no-such-fact"], method: "sum" }],
      ["UNKNOWN_FACT", ["..", "conflicts"], conflict(["odd-fact-0", "no-such-fact"])],
      ["DUPLICATE_ID", ["..", "facts", 1], "first"],
      ["DUPLICATE_ID", ["id"], BUNDLED_FACT_IDS[0]],
      ["INVALID_DATE", ["stated", "date"], "2019-13-45"],
      ["INVALID_DATE", ["stated", "date"], "2019-02-30"],
      ["INVALID_DATE", ["when", "at", "date"], "19-12"],
      ["INVALID_TYPE", ["stated", "date"], 2019],
      ["NO_REFERENCES", ["references"], []],
      ["EMPTY_QUOTE", ["references", 0, "quote"], " \n\t "],
      ["MISSING_FIELD", ["claim"], undefined],
      ["UNKNOWN_FIELD", ["colour"], "red"],
      ["UNKNOWN_FIELD", ["k".repeat(100_000)], 1],
      ["INVALID_ID", ["id"], "Not An Id"],
    ];
    fc.assert(
      fc.property(oddPackArb, fc.constantFrom(...breakers), (pack, [code, path, value]) => {
        const broken = clone(pack) as { facts: Record<string, unknown>[] };
        const first = broken.facts[0] as Record<string, unknown>;
        // ".." starts at the pack instead of its first fact; "first" is the first fact again.
        let node: Record<string | number, unknown> = path[0] === ".." ? broken : first;
        const rest = path[0] === ".." ? path.slice(1) : path;
        for (const key of rest.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        const last = rest.at(-1) as string | number;
        if (value === undefined) delete node[last];
        else node[last] = value === "first" ? first : value;
        const result = parseFactPack(broken, { extends: bundledPack });
        expectFactIssues(result);
        expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain(code);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 120_000);
});
