import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledPack } from "./bundled.js";
import { examplePack } from "./example-pack.test-helpers.js";
import { type FactIssueCode, parseFactPack } from "./parse.js";

type Mutation = (pack: ReturnType<typeof examplePack>) => void;
// biome-ignore lint/suspicious/noExplicitAny: tests reach into the pack to break it on purpose
const at = (pack: unknown) => pack as any;

const badPacks: [string, Mutation, FactIssueCode, (string | number)[]][] = [
  [
    "a reference to a missing source",
    (p) => {
      at(p).facts[0].references[0].source = "nowhere";
    },
    "UNKNOWN_SOURCE",
    ["facts", 0, "references", 0, "source"],
  ],
  [
    "an empty quote",
    (p) => {
      at(p).facts[0].references[0].quote = "   ";
    },
    "EMPTY_QUOTE",
    ["facts", 0, "references", 0, "quote"],
  ],
  [
    "no references",
    (p) => {
      at(p).facts[1].references = [];
    },
    "NO_REFERENCES",
    ["facts", 1, "references"],
  ],
  [
    "an unknown claimant",
    (p) => {
      at(p).facts[1].claimant = "somebody";
    },
    "UNKNOWN_CLAIMANT",
    ["facts", 1, "claimant"],
  ],
  [
    "a range with min > max",
    (p) => {
      at(p).facts[0].amount = { hedge: "range", min: 1300, max: 1200, wording: "At least 1,200" };
    },
    "RANGE_INVERTED",
    ["facts", 0, "amount"],
  ],
  [
    "a duplicate fact id",
    (p) => {
      at(p).facts[1].id = "handout-workers";
    },
    "DUPLICATE_ID",
    ["facts", 1, "id"],
  ],
  [
    "a missing claim",
    (p) => {
      delete at(p).facts[0].claim;
    },
    "MISSING_FIELD",
    ["facts", 0, "claim"],
  ],
  [
    "a misspelt field",
    (p) => {
      at(p).facts[0].claimaint = "x";
    },
    "UNKNOWN_FIELD",
    ["facts", 0],
  ],
  [
    "a day that does not exist",
    (p) => {
      at(p).facts[0].stated = { date: "2019-02-30" };
    },
    "INVALID_DATE",
    ["facts", 0, "stated", "date"],
  ],
  [
    "a date that is not ISO",
    (p) => {
      at(p).sources[0].published = "12/2019";
    },
    "INVALID_DATE",
    ["sources", 0, "published"],
  ],
  [
    "a url that is not a web address",
    (p) => {
      at(p).sources[0].url = "javascript:alert(1)";
    },
    "INVALID_URL",
    ["sources", 0, "url"],
  ],
  [
    "an id with spaces",
    (p) => {
      at(p).actors[0].id = "Example Daily";
    },
    "INVALID_ID",
    ["actors", 0, "id"],
  ],
  [
    "a figure not in the quote",
    (p) => {
      at(p).facts[0].references[0].quote = "Many workers left.";
    },
    "WORDING_NOT_IN_QUOTE",
    ["facts", 0, "amount", "wording"],
  ],
  [
    "a statement dated after its source was published",
    (p) => {
      at(p).facts[1].stated = { date: "2020-01-05" };
    },
    "STATED_AFTER_SOURCE",
    ["facts", 1, "stated", "date"],
  ],
  [
    "a number not in its wording",
    (p) => {
      at(p).facts[0].amount.min = 1500;
    },
    "NUMBER_NOT_IN_WORDING",
    ["facts", 0, "amount"],
  ],
  [
    "a share above 1",
    (p) => {
      at(p).facts[0] = {
        ...at(p).facts[0],
        kind: "share",
        of: "workers",
        counted: undefined,
        unit: undefined,
        amount: { hedge: "exact", value: 20, wording: "1,200", reading: "percent" },
      };
      delete at(p).facts[0].counted;
      delete at(p).facts[0].unit;
    },
    "SHARE_OUT_OF_RANGE",
    ["facts", 0, "amount"],
  ],
  [
    "a negative count",
    (p) => {
      at(p).facts[0].amount.min = -5;
    },
    "INVALID_VALUE",
    ["facts", 0, "amount", "min"],
  ],
  [
    "a period that ends before it starts",
    (p) => {
      at(p).facts[1].when = { kind: "period", from: { date: "2020" }, to: { date: "2019" } };
    },
    "PERIOD_INVERTED",
    ["facts", 1, "when"],
  ],
  [
    "an unknown fact in a conflict",
    (p) => {
      at(p).conflicts = [
        {
          id: "c",
          title: "t",
          question: "q",
          facts: ["handout-workers", "ghost"],
          reasons: ["different-date"],
          note: "n",
        },
      ];
    },
    "UNKNOWN_FACT",
    ["conflicts", 0, "facts", 1],
  ],
  [
    "a deprecated fact with no reason",
    (p) => {
      at(p).facts[0].rank = { level: "deprecated" };
    },
    "MISSING_FIELD",
    ["facts", 0, "rank", "reason"],
  ],
  [
    "an unknown kind of fact",
    (p) => {
      at(p).facts[0].kind = "rumour";
    },
    "INVALID_VALUE",
    ["facts", 0, "kind"],
  ],
  [
    "a wrong version",
    (p) => {
      at(p).version = 2;
    },
    "INVALID_VALUE",
    ["version"],
  ],
];

describe("parseFactPack", () => {
  it("accepts a valid pack and returns it typed", () => {
    const result = parseFactPack(examplePack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.facts[0]?.id).toBe("handout-workers");
  });

  it("accepts the bundled pack", () => {
    expect(parseFactPack(JSON.parse(JSON.stringify(bundledPack))).ok).toBe(true);
  });

  it.each(badPacks)("rejects %s", (_name, mutate, code, path) => {
    const pack = examplePack();
    mutate(pack);
    const result = parseFactPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ code, path }));
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  it("rejects text that is not JSON, and JSON that is not an object", () => {
    for (const input of ["{ not json", "[]", "42", null, undefined, [], "null"]) {
      const result = parseFactPack(input);
      expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["INVALID_JSON"]);
    }
  });

  it("reads a JSON string like the object it holds", () => {
    expect(parseFactPack(JSON.stringify(examplePack())).ok).toBe(true);
  });

  it("lets a pack cite the bundled sources and claimants when it extends them", () => {
    const pack = examplePack();
    at(pack).facts[1].claimant = "alexander-matsegora";
    at(pack).facts[1].references[0].source = "mt-2021-02-bounty";
    expect(parseFactPack(pack).ok).toBe(false);
    expect(parseFactPack(pack, { extends: bundledPack }).ok).toBe(true);
  });

  it("refuses to reuse a bundled id when extending", () => {
    const pack = examplePack();
    at(pack).facts[1].id = "matsegora-37000-at-a-time";
    const result = parseFactPack(pack, { extends: bundledPack });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["DUPLICATE_ID"]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (input) => {
        const result = parseFactPack(input);
        return result.ok || result.issues.length > 0;
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on a valid pack with one field replaced by anything", () => {
    const paths = collectPaths(examplePack());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const pack = examplePack();
        setAt(pack, path, value);
        const result = parseFactPack(pack);
        if (!result.ok) {
          for (const issue of result.issues) expect(typeof issue.message).toBe("string");
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});

function collectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => collectPaths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown) {
  if (path.length === 0) return;
  let node = at(root);
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1) as string | number] = value;
}

describe("issue 9: messages do not echo unbounded input", () => {
  it("cuts a 100,000-character id short in the message that names it", () => {
    const id = `a${"b".repeat(100_000)}`;
    const fact = bundledPack.facts[0];
    const pack = {
      version: 1,
      sources: [],
      actors: [],
      facts: [
        { ...fact, id },
        { ...fact, id },
      ],
      conflicts: [],
    };
    const result = parseFactPack(pack, { extends: bundledPack });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const duplicate = result.issues.find((i) => i.code === "DUPLICATE_ID");
    expect(duplicate?.message.length).toBeLessThan(200);
    expect(duplicate?.message).toContain("…");
  });
});

describe("fuzz findings", () => {
  it("a reply to a fact that is not in the pack is UNKNOWN_FACT, like any other dangling id", () => {
    const pack = examplePack();
    at(pack).facts[1].replyTo = "no-such-fact";
    const result = parseFactPack(pack, { extends: bundledPack });
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ code: "UNKNOWN_FACT", path: ["facts", 1, "replyTo"] }),
    ]);
    at(pack).facts[1].replyTo = "handout-workers";
    expect(parseFactPack(pack, { extends: bundledPack }).ok).toBe(true);
  });

  it("cuts a long wording short even when it holds quotation marks", () => {
    const pack = examplePack();
    at(pack).facts[0].amount.wording = `At least 1,200 "workers" ${'"x'.repeat(50_000)}`;
    const result = parseFactPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toContain("WORDING_NOT_IN_QUOTE");
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(300);
  });

  it("cuts unknown fields short, however long and however many", () => {
    const pack = examplePack();
    at(pack).facts[0][`k${"e".repeat(100_000)}`] = 1;
    for (let i = 0; i < 1_000; i++) at(pack).facts[1][`extra${i}`] = i;
    const result = parseFactPack(pack);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      "UNKNOWN_FIELD",
      "UNKNOWN_FIELD",
    ]);
    if (result.ok) return;
    for (const issue of result.issues) expect(issue.message.length).toBeLessThan(300);
    expect(result.issues[1]?.message).toContain("and 995 more");
  });
});
