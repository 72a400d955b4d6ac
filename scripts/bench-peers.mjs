#!/usr/bin/env node
// `pnpm bench:peers`: the app's production build in the peers bench (../shared/bench/peers), side by
// side with a bare React app (the floor), react-quiz-component and SurveyJS, in headless Chromium
// with the CPU throttled 4x. Two runs of the bench's own run.sh, each with the floor:
//   1. the teacher's link: the bench's 10 questions as a spec of custom questions, opened from its
//      share code (#/play/CODE/start), clicked through to the score;
//   2. a ready-made quiz (#/play/ready/mix/start): its first question, then one click-through step.
// Then one table, every time and heap as a ratio to the floor of the same run.
//
//   pnpm bench:peers                 # build, install the peers (npm ci, first time), 7 loads each
//   pnpm bench:peers --runs 15       # more loads; other arguments go to the bench's bench.mjs
//   BENCH_SKIP_BUILD=1 pnpm bench:peers   # reuse apps/web/dist
//   NKLABOR_PEERS_BENCH=/path/to/peers pnpm bench:peers
//
// Results: .bench/peers-link.json and .bench/peers-ready.json (the bench's results.json format).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
const BENCH = resolve(
  process.env.NKLABOR_PEERS_BENCH ?? join(ROOT, "..", "shared", "bench", "peers"),
);
const DIST = join(ROOT, "apps", "web", "dist");
const OUT = join(ROOT, ".bench");

/** What the app's pages are made of, for the bench's driver (see the bench's README). */
const SELECTORS = {
  OURS_READY_SELECTOR: ".question .options .option",
  // Pick, check, next: the next button shows once the pick is checked (with its feedback).
  OURS_CHECK_SELECTOR: ".question button.check",
  OURS_NEXT_SELECTOR: ".question button.next",
};

function fail(message) {
  console.error(`bench:peers: ${message}`);
  process.exit(1);
}

if (!existsSync(join(BENCH, "run.sh")))
  fail(`no peers bench at ${BENCH} (set NKLABOR_PEERS_BENCH to its folder)`);
if (!existsSync("/usr/bin/chromium") && !process.env.CHROMIUM_PATH)
  fail("the bench needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium)");

const args = process.argv.slice(2);
const runs = args.includes("--runs") ? [] : ["--runs", "7"];

if (!process.env.BENCH_SKIP_BUILD) execFileSync("pnpm", ["build"], { cwd: ROOT, stdio: "inherit" });
if (!existsSync(join(DIST, "index.html"))) fail(`no production build at ${DIST}`);

const { encodeSpec } = await import(
  pathToFileURL(join(ROOT, "packages", "quiz", "dist", "index.js")).href
);
const spec = JSON.parse(readFileSync(join(BENCH, "shared", "nklabor-spec.json"), "utf8"));
const code = encodeSpec(spec);
const { serveDir } = await import(pathToFileURL(join(BENCH, "serve.mjs")).href);
const server = await serveDir(DIST);
mkdirSync(OUT, { recursive: true });

/** Runs the bench's run.sh with `env`; resolves when it ends (its table goes to the terminal). */
const runBench = (env, extra) =>
  new Promise((done, failed) => {
    const child = spawn("bash", [join(BENCH, "run.sh"), ...runs, ...args, ...extra], {
      stdio: "inherit",
      env: { ...process.env, ...SELECTORS, ...env },
    });
    child.on("error", failed);
    child.on("exit", (status) => done(status ?? 1));
  });

let status = 0;
try {
  const base = server.url.replace(/\/?$/, "/");
  console.log(`\n== 1. a teacher's link (${code.length}-character share code) ==`);
  status ||= await runBench(
    {
      OURS_NAME: "nklabor-link",
      OURS_URL: `${base}#/play/${code}/start`,
      OURS_DONE_SELECTOR: ".results h1",
    },
    ["--out", join(OUT, "peers-link.json")],
  );
  console.log("\n== 2. a ready-made quiz (first question and one step) ==");
  status ||= await runBench(
    {
      SKIP_INSTALL: "1",
      SKIP_BUILD: "1",
      OURS_NAME: "nklabor-ready",
      OURS_URL: `${base}#/play/ready/mix/start`,
      OURS_QUESTIONS: "1",
    },
    ["--only", "floor,nklabor-ready", "--out", join(OUT, "peers-ready.json")],
  );
} finally {
  await server.close();
}

// ---------------------------------------------------------------- one table, ratios to the floor
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
for (const file of ["peers-link.json", "peers-ready.json"]) {
  const path = join(OUT, file);
  if (!existsSync(path)) continue;
  const { variants } = JSON.parse(readFileSync(path, "utf8"));
  const floor = variants.floor;
  for (const v of Object.values(variants)) {
    if (file === "peers-ready.json" && v.name === "floor") continue;
    const bytes = v.dist ?? v.network;
    const ratio = (get) => {
      const ours = v.error ? undefined : get(v);
      const base = floor && !floor.error ? get(floor) : undefined;
      return ours && base ? `${(ours / base).toFixed(2)}×` : "-";
    };
    rows.push([
      `${v.name}${file === "peers-ready.json" ? " (run 2)" : ""}`,
      v.error ? `ERROR: ${v.error}` : bytes ? kb(bytes.js.gzip) : "-",
      v.timeToFirstQuestionMs ? `${v.timeToFirstQuestionMs.median}` : "-",
      ratio((x) => x.timeToFirstQuestionMs?.median),
      v.heapUsedBytes ? (v.heapUsedBytes.median / 1048576).toFixed(2) : "-",
      ratio((x) => x.heapUsedBytes?.median),
      v.clickThroughMs && v.name !== "nklabor-ready" ? `${v.clickThroughMs.median}` : "-",
      v.name === "nklabor-ready" ? "-" : ratio((x) => x.clickThroughMs?.median),
    ]);
  }
}
const head = [
  "variant",
  "JS KB gz",
  "first question ms",
  "× floor",
  "heap MB",
  "× floor",
  "click-through ms",
  "× floor",
];
console.log("\nnklabor in the peers bench (medians; ratios to the floor of the same run):\n");
console.log(`| ${head.join(" | ")} |\n| ${head.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
process.exitCode = status;
