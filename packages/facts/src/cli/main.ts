import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { bundledPack, factBase } from "../bundled.js";
import { formatDatePoint, formatWhen } from "../dates.js";
import { renderOutputs } from "../outputs.js";
import { parsePackCsv, rowIssueAt } from "../pack-csv.js";
import { type FactIssue, parseFactPack } from "../parse.js";
import { checkQuotes } from "../quotes.js";
import type { FactPack } from "../schema.js";
import { packVersion } from "../version.js";

const HELP = `nklabor-facts: the nklabor fact base on the command line

Usage:
  nklabor-facts summary             counts by topic and kind, the sources, the conflicting estimates
  nklabor-facts validate FILE|-     check a fact pack (JSON, or CSV: FILE.csv) against the format and the bundled facts;
                                    lists each problem with its path
  nklabor-facts verify-quotes DIR   check every quote against the saved source texts in DIR
  nklabor-facts verify-quotes PACK DIR
                                    the same for your own fact pack (JSON): each source's savedAs
                                    names its saved text in DIR; it may cite bundled sources
  nklabor-facts emit DIR            write facts.json, facts.csv and facts.schema.json to DIR
  nklabor-facts --help              this text

Exit codes: 0 success; 1 a failure (quote mismatches, an invalid fact pack, a file that cannot be
read or written), said in one line; 2 usage error.`;

/** A wrong call: one line, exit 2. */
class UsageError extends Error {}
/** A failure already said in one line ("cannot read x: it is a folder (EISDIR)"): exit 1. */
class Failure extends Error {}

/** At most this many of a pack's problems are listed; the rest are counted. */
const MAX_LISTED = 100;

function main(args: readonly string[]): number {
  const [command, arg, second] = args;
  try {
    switch (command) {
      case "summary":
        console.log(summary());
        return 0;
      case "validate":
        if (!arg)
          throw new UsageError("validate needs a fact pack file (JSON), or - for standard input");
        return validate(arg);
      case "verify-quotes":
        if (!arg)
          throw new UsageError(
            "verify-quotes needs the folder of saved sources, e.g. ../shared/sources",
          );
        return second === undefined
          ? verifyQuotes(bundledPack, resolve(arg))
          : verifyOwnQuotes(arg, resolve(second));
      case "emit":
        if (!arg) throw new UsageError("emit needs an output folder, e.g. dist");
        emit(resolve(arg));
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        console.log(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command.slice(0, 40)}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`${error.message} (nklabor-facts --help lists the commands)`);
      return 2;
    }
    // Anything else (a missing file, a folder where a file should be, no permission, a full
    // disk): one line and exit 1, never a stack trace.
    fail(error instanceof Failure ? error.message : describeFailure(error));
    return 1;
  }
}

/** One line on standard error, with nothing in it a terminal would act on. */
function fail(message: string) {
  console.error(`nklabor-facts: ${printable(message)}`);
}

/** Control and text-direction characters: a file name or a pack's text may hold them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with each unprintable character written as a \u escape. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const FS_REASONS: Record<string, string> = {
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a file is in the way",
  EACCES: "no permission",
  EPERM: "no permission",
  EROFS: "the file system is read-only",
  ENOENT: "no such file or folder",
  ENOSPC: "the disk is full",
};

/** Why a file-system call failed, briefly: "it is a folder (EISDIR)". */
function reason(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string")
    return `${FS_REASONS[error.code] ?? firstLine(error.message)} (${error.code})`;
  return firstLine(error instanceof Error ? error.message : String(error));
}

/** Any other failure in one line: "cannot write /x: it is a folder (EISDIR)". */
function describeFailure(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") {
    const path = "path" in error && typeof error.path === "string" ? ` ${error.path}` : "";
    const syscall = "syscall" in error && typeof error.syscall === "string" ? error.syscall : "";
    const verb = /write|mkdir/.test(syscall) ? "cannot write" : "cannot read";
    return `${verb}${path}: ${reason(error)}`;
  }
  return reason(error);
}

const firstLine = (text: string) => (text.split("\n")[0] ?? "").slice(0, 300) || "failed";

// Piped into a reader that stops early (`| head`): end quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function readText(path: string): string {
  try {
    return path === "-" ? readFileSync(0, "utf8") : readFileSync(resolve(path), "utf8");
  } catch (error) {
    throw new Failure(
      `cannot read ${path === "-" ? "standard input" : resolve(path)}: ${reason(error)}`,
    );
  }
}

/** A fact pack file read and checked with the bundled facts; its problems are said, one a line. */
function readPack(
  file: string,
): { readonly ok: true; readonly pack: FactPack } | { readonly ok: false } {
  const text = readText(file);
  if (/\.csv$/i.test(file)) {
    const sheet = parsePackCsv(text, { extends: bundledPack });
    if (sheet.ok) return sheet;
    return listIssues(file, "fact sheet", sheet.issues, rowIssueAt);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Failure(`${file} is not valid JSON: ${reason(error)}`);
  }
  const result = parseFactPack(data, { extends: bundledPack });
  if (result.ok) return result;
  return listIssues(file, "fact pack", result.issues, (i) => i.path.join(".") || "(pack)");
}

/** A summary line, then each issue where it is, one a line (as many as MAX_LISTED). */
function listIssues<T extends FactIssue>(
  file: string,
  what: string,
  issues: readonly T[],
  where: (issue: T) => string,
): { readonly ok: false } {
  fail(`${file}: ${issues.length} ${issues.length === 1 ? "problem" : "problems"} in the ${what}`);
  for (const issue of issues.slice(0, MAX_LISTED))
    console.error(printable(`  ${where(issue)}: ${issue.code}: ${issue.message}`));
  if (issues.length > MAX_LISTED) console.error(`  (and ${issues.length - MAX_LISTED} more)`);
  return { ok: false };
}

function validate(file: string): number {
  const read = readPack(file);
  if (!read.ok) return 1;
  console.log(printable(`${file}: a valid fact pack with ${read.pack.facts.length} facts`));
  return 0;
}

/** An own pack's quotes; a fact may cite a bundled source, whose saved copy must then be in DIR too. */
function verifyOwnQuotes(file: string, dir: string): number {
  const read = readPack(file);
  if (!read.ok) return 1;
  return verifyQuotes(
    { facts: read.pack.facts, sources: [...bundledPack.sources, ...read.pack.sources] },
    dir,
  );
}

function verifyQuotes(pack: Pick<FactPack, "facts" | "sources">, dir: string): number {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (error) {
    throw new Failure(`cannot read ${dir}: ${reason(error)}`);
  }
  if (!isFolder)
    throw new Failure(`cannot read ${dir}: it is a file, not a folder of saved sources`);
  const report = checkQuotes(pack, (file) => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      throw new Failure(`cannot read ${path}: ${reason(error)}`);
    }
  });
  for (const m of report.mismatches) {
    console.log(
      `MISMATCH ${m.fact} reference ${m.reference} (${m.source}): ${m.message}\n  quote: ${m.quote}`,
    );
  }
  console.log(
    `${report.checked} quotes checked against ${dir}: ${report.mismatches.length} mismatches`,
  );
  return report.mismatches.length === 0 ? 0 : 1;
}

/**
 * Makes a folder and its missing parents one at a time, not with mkdirSync's `recursive`: on
 * Linux that spins forever where a parent exists but cannot hold folders (under /proc, a dangling
 * link), since mkdir says ENOENT there and it makes the parent again and retries.
 */
function makeFolder(dir: string) {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw new Failure(`cannot write ${folder}: ${reason(error)}`);
    }
  }
  if (!statSync(dir).isDirectory())
    throw new Failure(`cannot write ${dir}: it is a file, not a folder`);
}

function emit(dir: string) {
  makeFolder(dir);
  const outputs = renderOutputs(bundledPack);
  for (const [file, text] of Object.entries(outputs)) {
    try {
      writeFileSync(join(dir, file), text);
    } catch (error) {
      throw new Failure(`cannot write ${join(dir, file)}: ${reason(error)}`);
    }
  }
  console.log(`wrote ${Object.keys(outputs).join(", ")} to ${dir}`);
}

function summary(): string {
  const lines: string[] = [];
  const count = <T extends string>(values: readonly T[]) => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  };
  const { facts, sources, actors } = factBase;
  lines.push(
    "nklabor fact base: North Korean laborers in Russia",
    `dataset version ${packVersion(bundledPack)}: ${facts.length} facts, ${sources.length} sources, ${actors.length} claimants, ${factBase.conflictGroups.length} conflict groups`,
    "",
    `By topic: ${count(facts.map((f) => f.topic))}`,
    `By kind:  ${count(facts.map((f) => f.kind))}`,
    "",
    "Sources:",
  );
  for (const s of sources) {
    const n = factBase.query({ source: s.id }).length;
    const relay = s.relays ? ` (${s.relays.how} of ${s.relays.publisher})` : "";
    lines.push(`  ${s.published}  ${s.publisher}${relay}: ${s.headline}  [${n} facts]`);
  }
  lines.push("", "Where the sources disagree:");
  for (const { group, facts: members } of factBase.conflicts()) {
    lines.push(`  ${group.title}`);
    for (const f of members) {
      const figure = "amount" in f ? `${f.amount.wording}: ` : "";
      const who = factBase.claimantOf(f).name;
      const flag = f.rank.level === "deprecated" ? "  [deprecated]" : "";
      lines.push(
        `    - ${figure}${who}, ${formatWhen(f.when)} (said ${formatDatePoint(f.stated)})${flag}`,
      );
    }
  }
  lines.push(
    "",
    "Every fact carries its source and a verbatim quote: see packages/facts/README.md.",
  );
  return lines.join("\n");
}

process.exitCode = main(process.argv.slice(2));
