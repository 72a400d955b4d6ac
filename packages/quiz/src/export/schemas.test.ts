// The XML exports checked against the official schemas with xmllint (libxml2-utils): QTI 2.1 items
// against imsqti_v2p1.xsd, each imsmanifest.xml against IMS Content Packaging 1.1.4 (and the
// metadata schemas), Canvas's questestinterop against the QTI 1.2 DTDs. Moodle XML has no official
// schema: it is checked well-formed and read back. The schema files and their origins are in
// test-fixtures/schemas (README.md); xmllint runs with --nonet, so it never fetches a schema.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledPack, parseFactPack } from "@nklabor/facts";
import { XMLParser } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { newSpec } from "../defaults.js";
import { generateQuiz } from "../generate.js";
import type { Quiz } from "../question.js";
import { goldenQuiz } from "./golden.test-helpers.js";
import { toCanvasQti, toMoodleXml, toQti21 } from "./index.js";

const SCHEMAS = fileURLToPath(new URL("../../test-fixtures/schemas/", import.meta.url));
const GOLDEN = fileURLToPath(new URL("./__golden__/", import.meta.url));
const QTI21_XSD = join(SCHEMAS, "qti-sdk/qtiv2p1/imsqti_v2p1.xsd");
/** IMS CP 1.1.4 with the IMS MD 1.2 and QTI 2.1 metadata schemas (nklabor's entry point). */
const MANIFEST_XSD = join(SCHEMAS, "imsmanifest.xsd");
/** The two QTI 1.2 DTDs of QTIMigrationTool, with questestinterop's namespace attributes declared. */
const QTI12_DTDS = ["questestinterop-v1p2.dtd", "questestinterop-v1p2p1.dtd"].map((f) =>
  join(SCHEMAS, f),
);

const INSTALL = "apt-get install -y libxml2-utils";
const hasXmllint = spawnSync("xmllint", ["--version"]).error === undefined;
// A developer's machine without xmllint skips these checks; CI must have it (.ci/run installs it).
const skip = !hasXmllint && process.env.CI !== "true";
if (skip) console.warn(`schemas.test.ts: xmllint not found, schema checks skipped (${INSTALL})`);

// --- the quizzes: the golden one, one with every question type, 5 random ones ---

/** A quiz with every question type, built as apps/web/e2e/journeys/every-type-from-link does. */
function everyTypeQuiz(): Quiz {
  // The bundled facts hold no fair matching set: a teacher's pack of three comparable figures does.
  const figure = (n: number, value: number) => ({
    id: `class-count-${n}`,
    kind: "headcount",
    topic: "worker-counts",
    claim: `A class handout said in 2019 that ${value.toLocaleString("en-US")} workers were in group ${n}.`,
    claimant: "class-handout",
    stated: { date: "2019" },
    when: { kind: "point", at: { date: "2019" } },
    appliesTo: "Classland",
    amount: { hedge: "exact", value, wording: value.toLocaleString("en-US") },
    counted: `workers in group ${n}`,
    unit: "people",
    references: [
      {
        source: "class-source",
        quote: `${value.toLocaleString("en-US")} workers were in group ${n}.`,
      },
    ],
    rank: { level: "normal" },
  });
  const pack = parseFactPack(
    {
      version: 1,
      sources: [
        {
          id: "class-source",
          kind: "news",
          publisher: "Class Daily",
          headline: "Groups",
          published: "2019-08-01",
          url: "https://example.org/groups",
        },
      ],
      actors: [{ id: "class-handout", kind: "organization", name: "A class handout" }],
      facts: [figure(1, 1200), figure(2, 2500), figure(3, 4100)],
      conflicts: [],
    },
    { extends: bundledPack },
  );
  if (!pack.ok) throw new Error(JSON.stringify(pack.issues));
  for (let n = 0; n < 500; n++) {
    const quiz = generateQuiz(
      newSpec(`every-type-${n}`, {
        count: 9,
        shuffle: false,
        customFacts: pack.pack,
        customQuestions: [
          {
            id: "order",
            format: "ordering",
            prompt: "Put the resolutions in order.",
            items: ["2371", "2375", "2397"],
          },
        ],
      }),
    );
    if (new Set(quiz.questions.map((q) => q.type)).size === 8) return quiz;
  }
  throw new Error("no seed gives a quiz with every question type");
}

// Five seeds, fixed so every run checks the same files (a test must not change from run to run);
// a failure's file path names the seed, and generateQuiz(newSpec(seed, { count: 40 })) makes it.
const randomSeeds = [1, 2, 3, 4, 5].map((n) => `schemas-${n}`);

// --- the files xmllint reads, written to a temporary folder ---

interface Corpus {
  readonly dir: string;
  /** How many questions the quizzes have (the random ones have fewer than 40: the facts run out). */
  readonly questions: number;
  readonly qtiItems: string[];
  readonly qtiManifests: string[];
  readonly canvasAssessments: string[];
  readonly canvasManifests: string[];
  /** Canvas's assessment_meta.xml (its own format: well-formedness only) and the Moodle XML. */
  readonly wellFormed: string[];
  readonly moodle: { readonly path: string; readonly xml: string; readonly included: number }[];
  /** Broken copies, to show each check can fail. */
  readonly controls: {
    readonly qtiItem: string;
    readonly manifest: string;
    readonly canvas: string;
  };
}

const QTI_NS = 'xmlns:imsqti="http://www.imsglobal.org/xsd/imsqti_v2p1"';
const CANVAS_CP_NS = 'xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"';

let corpusDir: string | undefined;
let corpusMemo: Corpus | undefined;

function corpus(): Corpus {
  if (corpusMemo) return corpusMemo;
  const dir = mkdtempSync(join(tmpdir(), "nklabor-schemas-"));
  corpusDir = dir;
  const write = (path: string, content: string | Uint8Array) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  const unzip = (content: string | Uint8Array) => {
    if (!(content instanceof Uint8Array)) throw new Error("expected zip bytes");
    return Object.entries(unzipSync(content));
  };
  const c = {
    dir,
    qtiItems: [] as string[],
    qtiManifests: [] as string[],
    canvasAssessments: [] as string[],
    canvasManifests: [] as string[],
    wellFormed: [] as string[],
    moodle: [] as Corpus["moodle"][number][],
  };
  const quizzes: [string, Quiz][] = [
    ["golden", goldenQuiz()],
    ["every-type", everyTypeQuiz()],
    ...randomSeeds.map((seed): [string, Quiz] => [
      seed,
      generateQuiz(newSpec(seed, { count: 40 })),
    ]),
  ];
  for (const [label, quiz] of quizzes) {
    for (const [name, bytes] of unzip(toQti21(quiz).content)) {
      const path = write(`${label}/qti21/${name}`, bytes);
      if (name !== "imsmanifest.xml") c.qtiItems.push(path);
      else {
        c.qtiManifests.push(path);
        // The qtiMetadata Canvas reads is in the QTI 2.1 namespace (as Canvas's QTIMigrationTool
        // writes it), where no schema declares it: a copy puts it in imsqti_metadata_v2p1's, whose
        // schema then checks it (the interactionType values, the element order).
        const xml = Buffer.from(bytes).toString("utf8");
        const metadataNs = QTI_NS.replace("imsqti_v2p1", "imsqti_metadata_v2p1");
        c.qtiManifests.push(
          write(`${label}/qti21/imsmanifest.qti-metadata.xml`, xml.replaceAll(QTI_NS, metadataNs)),
        );
      }
    }
    for (const [name, bytes] of unzip(toCanvasQti(quiz).content)) {
      if (name === "imsmanifest.xml") {
        // Canvas's manifest is in Common Cartridge 1.1's CP namespace, as Canvas writes it; CC 1.1's
        // profile schema would reject any Canvas QTI export (it wants schema "IMS Common Cartridge"
        // 1.1.0 and a LOM record). A copy in the IMS CP 1.1.4 namespace is checked against CP 1.1.4.
        const xml = Buffer.from(bytes).toString("utf8");
        const cp = xml.replace(CANVAS_CP_NS, 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
        c.canvasManifests.push(write(`${label}/canvas-qti/imsmanifest.as-cp-v1p1.xml`, cp));
      } else if (name.endsWith("/assessment_meta.xml")) {
        c.wellFormed.push(write(`${label}/canvas-qti/${name}`, bytes));
      } else c.canvasAssessments.push(write(`${label}/canvas-qti/${name}`, bytes));
    }
    const moodle = toMoodleXml(quiz);
    const path = write(`${label}/moodle.xml`, moodle.content);
    c.wellFormed.push(path);
    c.moodle.push({ path, xml: moodle.content, included: moodle.included });
  }

  // The golden files as they are on disk (the QTI ones include qti.test.ts's hostile matching item).
  const golden = readdirSync(GOLDEN).map((name) => join(GOLDEN, name));
  const goldenQti = golden.filter((p) => /golden\.qti21\.[a-z-]+\.xml$/.test(p));
  const goldenCanvas = golden.filter((p) => p.endsWith("golden.canvas-qti.assessment.xml"));
  const goldenMoodle = golden.filter((p) => p.endsWith("golden.moodle-xml.txt"));
  expect([goldenQti.length, goldenCanvas.length, goldenMoodle.length]).toEqual([5, 1, 1]);
  c.qtiItems.push(...goldenQti);
  c.canvasAssessments.push(...goldenCanvas);
  c.wellFormed.push(...goldenMoodle);
  for (const path of goldenMoodle) {
    const xml = readFileSync(path, "utf8");
    c.moodle.push({
      path,
      xml,
      included: (xml.match(/<question type="(?!category)/g) ?? []).length,
    });
  }

  const firstQti = readFileSync(c.qtiItems[0] ?? "", "utf8");
  const firstCanvas = readFileSync(c.canvasAssessments[0] ?? "", "utf8");
  const firstManifest = readFileSync(c.qtiManifests[1] ?? "", "utf8");
  const controls = {
    qtiItem: write("controls/qti21-item.xml", firstQti.replace('cardinality="', 'cardinality="x')),
    manifest: write(
      "controls/imsmanifest.xml",
      firstManifest.replace("<imsqti:interactionType>", "<imsqti:interactionType>x"),
    ),
    canvas: write(
      "controls/canvas-qti.xml",
      firstCanvas.replace("<presentation>", '<presentation x="1">'),
    ),
  };
  const questions = quizzes.reduce((sum, [, quiz]) => sum + quiz.questions.length, 0);
  corpusMemo = { ...c, questions, controls };
  return corpusMemo;
}

afterAll(() => {
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
});

// --- xmllint ---

interface Lint {
  readonly status: number | null;
  /** xmllint's messages, with paths relative to the temporary folder or the package. */
  readonly lines: string[];
}

/** One xmllint run over many files (it loads a schema once: QTI 2.1's takes half a second). */
function xmllint(args: string[], files: string[]): Lint {
  const result = spawnSync("xmllint", ["--nonet", "--nocatalogs", "--noout", ...args, ...files], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`xmllint failed to run (${INSTALL}): ${result.error.message}`);
  const { dir } = corpus();
  const pkg = fileURLToPath(new URL("../../", import.meta.url));
  const lines = `${result.stdout}${result.stderr}`
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replaceAll(`${dir}/`, "").replaceAll(pkg, ""));
  return { status: result.status, lines };
}

const relative = (path: string) =>
  path
    .replace(`${corpus().dir}/`, "")
    .replace(fileURLToPath(new URL("../../", import.meta.url)), "");

/** xmllint's messages other than "<file> validates" (--schema prints one such line a file). */
const problems = (lint: Lint) => lint.lines.filter((line) => !line.endsWith(" validates"));
const about = (lint: Lint, path: string) =>
  lint.lines.filter((line) => line.includes(relative(path)));

function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}

const qtiItemsLint = once(() => {
  const c = corpus();
  return xmllint(["--schema", QTI21_XSD], [...c.qtiItems, c.controls.qtiItem]);
});
const manifestsLint = once(() => {
  const c = corpus();
  return xmllint(
    ["--schema", MANIFEST_XSD],
    [...c.qtiManifests, ...c.canvasManifests, c.controls.manifest],
  );
});
const canvasLints = once(() => {
  const c = corpus();
  return QTI12_DTDS.map((dtd) => ({
    dtd,
    files: xmllint(["--dtdvalid", dtd], c.canvasAssessments),
    control: xmllint(["--dtdvalid", dtd], [c.controls.canvas]),
  }));
});

/** xmllint loads a schema per run: seconds on a busy 2-core machine, so no default timeout. */
const SLOW = 60_000;

describe.skipIf(skip)("exports against the official schemas (xmllint --nonet)", () => {
  it(
    `xmllint is installed (${INSTALL})`,
    () => {
      expect(hasXmllint, `xmllint not found: ${INSTALL}`).toBe(true);
    },
    SLOW,
  );

  it(
    "QTI 2.1: every assessmentItem validates against imsqti_v2p1.xsd",
    () => {
      const c = corpus();
      const lint = qtiItemsLint();
      const control = relative(c.controls.qtiItem);
      expect(problems(lint).filter((line) => !line.includes(control))).toEqual([]);
      const validated = lint.lines.filter((line) => line.endsWith(" validates"));
      expect(validated).toHaveLength(c.qtiItems.length);
      expect(c.qtiItems.length).toBe(c.questions + 5);
    },
    SLOW,
  );

  it(
    "QTI 2.1 and Canvas: every imsmanifest.xml validates against IMS CP 1.1.4 and its metadata",
    () => {
      const c = corpus();
      const lint = manifestsLint();
      const control = relative(c.controls.manifest);
      expect(problems(lint).filter((line) => !line.includes(control))).toEqual([]);
      const files = [...c.qtiManifests, ...c.canvasManifests];
      expect(lint.lines.filter((line) => line.endsWith(" validates"))).toHaveLength(files.length);
      expect(files).toHaveLength(3 * 7);
    },
    SLOW,
  );

  it(
    "Canvas QTI 1.2: every questestinterop is valid by both QTI 1.2 DTDs",
    () => {
      const c = corpus();
      expect(c.canvasAssessments).toHaveLength(8);
      for (const { dtd, files } of canvasLints()) {
        expect(files.lines, relative(dtd)).toEqual([]);
        expect(files.status, relative(dtd)).toBe(0);
      }
    },
    SLOW,
  );

  it(
    "the checks fail on a broken file: the schemas are loaded and applied",
    () => {
      const c = corpus();
      const qti = about(qtiItemsLint(), c.controls.qtiItem);
      expect(qti.join("\n")).toMatch(/Schemas validity error .*cardinality/);
      expect(qtiItemsLint().status).not.toBe(0);
      const manifest = about(manifestsLint(), c.controls.manifest);
      expect(manifest.join("\n")).toMatch(/interactionType.*not an element of the set/);
      for (const { control } of canvasLints()) {
        expect(control.lines.join("\n")).toMatch(
          /No declaration for attribute x of element presentation/,
        );
        expect(control.status).not.toBe(0);
      }
    },
    SLOW,
  );

  it(
    "Moodle XML and Canvas's assessment_meta.xml are well-formed; Moodle XML reads back",
    () => {
      const c = corpus();
      const lint = xmllint([], c.wellFormed);
      expect(lint.lines).toEqual([]);
      expect(lint.status).toBe(0);
      const parser = new XMLParser({
        ignoreAttributes: false,
        isArray: (name) => name === "question",
      });
      const types = new Set([
        "category",
        "multichoice",
        "truefalse",
        "numerical",
        "matching",
        "ordering",
      ]);
      expect(c.moodle).toHaveLength(8);
      for (const { path, xml, included } of c.moodle) {
        const questions: { "@_type": string; name?: { text: unknown } }[] =
          parser.parse(xml).quiz.question;
        expect(questions[0]?.["@_type"], relative(path)).toBe("category");
        expect(questions.length, relative(path)).toBe(included + 1);
        for (const q of questions.slice(1)) {
          expect(types.has(q["@_type"]), `${relative(path)}: ${q["@_type"]}`).toBe(true);
          expect(q.name?.text, relative(path)).toBeTruthy();
        }
      }
    },
    SLOW,
  );
});
