import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  bundledPack,
  Language,
  parseFactPack,
  parsePackCsv,
  rowIssueAt,
  Topic,
} from "@nklabor/facts";
import { newSpec } from "../defaults.js";
import { QuizSpecError } from "../errors.js";
import { EXPORTERS, type ExportFormat, exportQuiz } from "../export/index.js";
import { generateQuiz } from "../generate.js";
import { loadLabels } from "../labels.js";
import { loadVoice } from "../load-voice.js";
import { QUESTION_TYPES, type Quiz } from "../question.js";
import { quizJsonSchema, specJsonSchema } from "../quiz-schema.js";
import {
  answerText,
  resultJsonSchema,
  resultsToCsv,
  specHash,
  summarizeResults,
} from "../results.js";
import { decodeSpec, encodeSpec, parseSpec } from "../share.js";
import { quizToText } from "../text.js";

const HELP = `nklabor-quiz: sourced quizzes about North Korean laborers in Russia

Usage:
  nklabor-quiz generate [options]        print a quiz (JSON by default)
      --seed TEXT          same seed, same quiz (default: "nklabor")
      --count N            number of questions (default 10)
      --topics a,b         ${Topic.options.join(", ")}
      --types a,b          ${QUESTION_TYPES.filter((t) => t !== "custom").join(", ")}
      --difficulty D       easy, medium, hard or mixed (default mixed)
      --title TEXT         the quiz title
      --lang en|ko|ru      the language of the questions (default en; with --spec, instead of its own):
                           the same questions in each; quotes stay in the source's words
      --spec FILE          read every choice from a spec file (JSON) instead
      --facts FILE         your own fact pack (JSON, or CSV: FILE.csv; see nklabor-facts validate): its facts
                           join the bundled ones (checked with them; they may cite bundled sources)
      --format json|text   JSON (the format of quiz.schema.json) or text with an answer key
  nklabor-quiz validate FILE             check a quiz spec or a fact pack (JSON); lists each problem with its path
  nklabor-quiz share encode FILE|-       print the share code of a spec file (or standard input)
  nklabor-quiz share decode CODE         print the spec a share code carries
  nklabor-quiz export --format F [generate options] [--out FILE]
                                         the quiz as a file for another tool; F is one of
                                         ${Object.keys(EXPORTERS).join(", ")}
                                         (to standard output unless --out; warnings to standard error)
  nklabor-quiz results summarize FILE|- [--quiz CODE] [--format text|csv|json]
                                         a class's results codes (one a line): each student's score, each
                                         question's share right and commonest wrong answer, the codes of
                                         another quiz, repeated or broken (by line); --quiz: the quiz's
                                         share code, to keep only its results and word the answers
  nklabor-quiz schema DIR                write quiz.schema.json, spec.schema.json and result.schema.json to DIR
  nklabor-quiz --help

Exit codes: 0 success, 1 invalid input (a spec, fact pack or share code), 2 usage error.`;

class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "generate":
        return await generate(rest);
      case "export":
        return await exportCommand(rest);
      case "validate":
        return validate(rest[0]);
      case "share":
        return share(rest);
      case "schema":
        return schema(rest[0]);
      case "results":
        return await results(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`nklabor-quiz: ${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof QuizSpecError) {
      console.error(`nklabor-quiz: ${error.code}: ${error.message}`);
      for (const issue of error.issues)
        console.error(`  ${issue.path.join(".") || "(spec)"}: ${issue.message}`);
      return 1;
    }
    // Anything else (a folder given as --out, a file given as the schema folder, no permission):
    // one line and exit 1, never a stack trace.
    console.error(`nklabor-quiz: ${describeFailure(error)}`);
    return 1;
  }
}

/** A file-system or other failure in one line: "cannot write /x: it is a folder (EISDIR)". */
function describeFailure(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") {
    const path = "path" in error && typeof error.path === "string" ? ` ${error.path}` : "";
    const what: Record<string, string> = {
      EISDIR: "it is a folder",
      ENOTDIR: "a part of the path is a file, not a folder",
      EEXIST: "a file is in the way",
      EACCES: "no permission",
      EPERM: "no permission",
      ENOENT: "no such file or folder",
      ENOSPC: "the disk is full",
    };
    const syscall = "syscall" in error && typeof error.syscall === "string" ? error.syscall : "";
    const verb = /open|write|mkdir/.test(syscall) ? "cannot write" : "cannot read";
    return `${verb}${path}: ${what[error.code] ?? error.message.split("\n")[0]} (${error.code})`;
  }
  return error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : String(error);
}

// Piped into a reader that stops early (`| head`): end quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function options(args: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) throw new UsageError(`unexpected argument "${arg}"`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
    map.set(arg.slice(2), value);
    i++;
  }
  return map;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = path === "-" ? readFileSync(0, "utf8") : readFileSync(resolve(path), "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new QuizSpecError(
      "BAD_ENCODING",
      `${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** A fact pack file: JSON, or a CSV sheet (FILE.csv) read into a pack, each problem by line and column. */
function readFacts(path: string): unknown {
  if (!/\.csv$/i.test(path)) return readJson(path);
  let text: string;
  try {
    text = readFileSync(resolve(path), "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  const sheet = parsePackCsv(text, { extends: bundledPack });
  if (sheet.ok) return sheet.pack;
  throw new QuizSpecError(
    "INVALID_SPEC",
    `${path}: ${sheet.issues.length} problem(s) in the fact sheet`,
    {
      issues: sheet.issues.map((i) => ({
        path: [rowIssueAt(i)],
        message: `${i.code}: ${i.message}`,
      })),
    },
  );
}

const list = (value: string | undefined) =>
  value
    ? value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

async function generate(args: readonly string[]): Promise<number> {
  const opts = options(args);
  const format = opts.get("format") ?? "json";
  if (format !== "json" && format !== "text")
    throw new UsageError(`--format is json or text, not "${format}"`);
  const quiz = await quizFrom(opts, ["format"]);
  process.stdout.write(
    format === "json"
      ? `${JSON.stringify(quiz, null, 2)}\n`
      : quizToText(quiz, await loadLabels(quiz.language)),
  );
  for (const warning of quiz.warnings) console.error(`warning: ${warning}`);
  return 0;
}

async function exportCommand(args: readonly string[]): Promise<number> {
  const opts = options(args);
  const format = opts.get("format");
  if (!format || !(format in EXPORTERS)) {
    throw new UsageError(`export needs --format, one of: ${Object.keys(EXPORTERS).join(", ")}`);
  }
  const quiz = await quizFrom(opts, ["format", "out"]);
  const file = await exportQuiz(quiz, format as ExportFormat);
  // Binary files (zip, xlsx) never go to a terminal: without --out they get their own name here.
  const out = opts.get("out") ?? (typeof file.content === "string" ? undefined : file.filename);
  if (out) {
    writeFileSync(resolve(out), file.content);
    console.error(
      `wrote ${file.included} of ${quiz.questions.length} questions to ${resolve(out)}`,
    );
  } else process.stdout.write(file.content);
  for (const warning of [...quiz.warnings, ...file.warnings.map((w) => w.message)])
    console.error(`warning: ${warning}`);
  return 0;
}

/** The quiz the generate options (or --spec FILE) describe; `extra` options belong to the command. */
async function quizFrom(opts: Map<string, string>, extra: readonly string[]): Promise<Quiz> {
  const known = new Set([
    "lang",
    "seed",
    "count",
    "topics",
    "types",
    "difficulty",
    "title",
    "spec",
    "facts",
    ...extra,
  ]);
  for (const key of opts.keys())
    if (!known.has(key)) throw new UsageError(`unknown option --${key}`);
  const lang = opts.get("lang");
  if (lang !== undefined && !Language.options.includes(lang as Language))
    throw new UsageError(`--lang is one of ${Language.options.join(", ")}, not "${lang}"`);
  const language = lang === undefined ? {} : { language: lang };
  const specFile = opts.get("spec");
  const factsFile = opts.get("facts");
  const customFacts = factsFile === undefined ? {} : { customFacts: readFacts(factsFile) };
  const fromFile = specFile === undefined ? undefined : readJson(specFile);
  if (factsFile && typeof fromFile === "object" && fromFile !== null && "customFacts" in fromFile)
    throw new UsageError(`--facts and a spec with its own customFacts (${specFile}): give one`);
  const spec =
    fromFile !== undefined
      ? parseSpec(
          typeof fromFile === "object" && fromFile !== null
            ? { ...fromFile, ...customFacts, ...language }
            : fromFile,
        )
      : parseSpec({
          ...customFacts,
          ...newSpec(opts.get("seed") ?? "nklabor"),
          ...(opts.has("count") ? { count: Number(opts.get("count")) } : {}),
          ...(opts.has("topics") ? { topics: list(opts.get("topics")) } : {}),
          ...(opts.has("types") ? { types: list(opts.get("types")) } : {}),
          ...(opts.has("difficulty") ? { difficulty: opts.get("difficulty") } : {}),
          ...(opts.has("title") ? { title: opts.get("title") } : {}),
          ...language,
        });
  return generateQuiz(spec, await loadVoice(spec.language));
}

function validate(file: string | undefined): number {
  if (!file) throw new UsageError("validate needs a file");
  const data = readJson(file);
  const isPack = typeof data === "object" && data !== null && "facts" in data && !("seed" in data);
  if (isPack) {
    const result = parseFactPack(data, { extends: bundledPack });
    if (result.ok) {
      console.log(`${file}: a valid fact pack with ${result.pack.facts.length} facts`);
      return 0;
    }
    console.error(`${file}: ${result.issues.length} problem(s) in the fact pack`);
    for (const issue of result.issues)
      console.error(`  ${issue.path.join(".") || "(pack)"}: ${issue.code}: ${issue.message}`);
    return 1;
  }
  const spec = parseSpec(data);
  console.log(`${file}: a valid quiz spec ("${spec.title}", ${spec.count} questions)`);
  return 0;
}

function share(args: readonly string[]): number {
  const [action, arg] = args;
  if (action === "encode") {
    if (!arg) throw new UsageError("share encode needs a spec file, or - for standard input");
    console.log(encodeSpec(parseSpec(readJson(arg))));
    return 0;
  }
  if (action === "decode") {
    if (!arg) throw new UsageError("share decode needs a share code");
    // Accept a whole link too: the code is what follows "#/play/" or "?quiz=".
    const code = arg.match(/(?:[#?&/](?:quiz=|play\/))([A-Za-z0-9_-]+)/)?.[1] ?? arg;
    console.log(JSON.stringify(decodeSpec(code), null, 2));
    return 0;
  }
  throw new UsageError('share takes "encode" or "decode"');
}

/**
 * Makes a folder and its missing parents one at a time: mkdirSync's `recursive` spins forever on
 * Linux where a parent exists but cannot hold folders (under /proc, a dangling link). Failures are
 * the usual errors, which describeFailure puts in one line.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const folder of missing) mkdirSync(folder);
}

function schema(dir: string | undefined): number {
  if (!dir) throw new UsageError("schema needs an output folder");
  makeFolder(resolve(dir));
  writeFileSync(
    join(resolve(dir), "quiz.schema.json"),
    `${JSON.stringify(quizJsonSchema(), null, 2)}\n`,
  );
  writeFileSync(
    join(resolve(dir), "spec.schema.json"),
    `${JSON.stringify(specJsonSchema(), null, 2)}\n`,
  );
  writeFileSync(
    join(resolve(dir), "result.schema.json"),
    `${JSON.stringify(resultJsonSchema(), null, 2)}\n`,
  );
  console.log(`wrote quiz.schema.json, spec.schema.json and result.schema.json to ${resolve(dir)}`);
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

/** `results summarize FILE|-`: a class's results codes, summed up (see HELP). */
async function results(args: readonly string[]): Promise<number> {
  const [sub, file, ...rest] = args;
  if (sub !== "summarize" || file === undefined)
    throw new UsageError("results: give `results summarize FILE` (or - for standard input)");
  const opts = options(rest);
  const format = opts.get("format") ?? "text";
  if (!["text", "csv", "json"].includes(format))
    throw new UsageError(`--format must be text, csv or json, not "${format}"`);
  const lines = readFileSync(file === "-" ? 0 : file, "utf8").split(/\r?\n/);
  const code = opts.get("quiz");
  const spec = code === undefined ? undefined : decodeSpec(code);
  const quiz = spec && generateQuiz(spec, await loadVoice(spec.language));
  const summary = summarizeResults(lines, { quiz: spec && specHash(spec) });
  if (format === "json") {
    console.log(
      JSON.stringify({ format: "nklabor-class-results", version: 1, ...summary }, null, 2),
    );
    return 0;
  }
  if (format === "csv") {
    process.stdout.write(resultsToCsv(summary, quiz));
    return 0;
  }
  const out: string[] = [];
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  out.push(
    `${quiz ? quiz.title : `quiz ${summary.quiz ?? "(none)"}`}: ${summary.students.length} student(s)`,
  );
  for (const { line, result } of summary.students)
    out.push(
      `  line ${line}: ${result.name ?? "(no name)"}, ${result.score} of ${result.total}, ${result.finished}`,
    );
  out.push("Questions (share right; the commonest wrong answer):");
  summary.questions.forEach((q, i) => {
    const question = quiz?.questions.find((x) => x.id === q.id);
    const wrong = q.commonestWrong
      ? `; ${answerText(q.commonestWrong.answer, question)} (${q.commonestWrong.count})`
      : "";
    out.push(
      `  ${i + 1}. ${percent(q.right)} right, ${q.answered} answered${wrong}${question ? ` — ${question.prompt.slice(0, 70)}` : ""}`,
    );
  });
  if (summary.problems.length > 0) {
    out.push("Not counted:");
    for (const p of summary.problems) out.push(`  line ${p.line}: ${p.code}: ${p.message}`);
  }
  out.push("A results code is not proof (a student could edit one): it is for formative work.");
  console.log(out.join("\n"));
  return 0;
}
