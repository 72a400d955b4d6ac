import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundledPack, factBase } from "../bundled.js";
import { formatDatePoint, formatWhen } from "../dates.js";
import { renderOutputs } from "../outputs.js";
import { checkQuotes } from "../quotes.js";
import { packVersion } from "../version.js";

const HELP = `nklabor-facts: the nklabor fact base on the command line

Usage:
  nklabor-facts summary             counts by topic and kind, the sources, the conflicting estimates
  nklabor-facts verify-quotes DIR   check every quote against the saved source texts in DIR
  nklabor-facts emit DIR            write facts.json, facts.csv and facts.schema.json to DIR
  nklabor-facts --help              this text

Exit codes: 0 success, 1 quote mismatches, 2 usage error.`;

function main(args: readonly string[]): number {
  const [command, dir] = args;
  switch (command) {
    case "summary":
      console.log(summary());
      return 0;
    case "verify-quotes":
      if (!dir)
        return usage("verify-quotes needs the folder of saved sources, e.g. ../shared/sources");
      return verifyQuotes(resolve(dir));
    case "emit":
      if (!dir) return usage("emit needs an output folder, e.g. dist");
      emit(resolve(dir));
      return 0;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(HELP);
      return 0;
    default:
      return usage(`unknown command "${command}"`);
  }
}

function usage(message: string): number {
  console.error(`nklabor-facts: ${message}\n\n${HELP}`);
  return 2;
}

function verifyQuotes(dir: string): number {
  if (!existsSync(dir)) {
    console.error(`nklabor-facts: no folder ${dir}`);
    return 2;
  }
  const report = checkQuotes(bundledPack, (file) => {
    const path = join(dir, file);
    return existsSync(path) ? readFileSync(path, "utf8") : undefined;
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

function emit(dir: string) {
  mkdirSync(dir, { recursive: true });
  const outputs = renderOutputs(bundledPack);
  for (const [file, text] of Object.entries(outputs)) writeFileSync(join(dir, file), text);
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
