#!/usr/bin/env node
// @ts-check
// Docs coverage: every export of every public entry point carries a doc comment (TSDoc, the text
// the API reference shows), and every entry point opens with a `@packageDocumentation` comment
// that has an `@example`. Entry points are the package.json `exports` with a TypeScript source
// (the `@nklabor/source` condition). `pnpm test` runs it on packages/*; it fails naming each gap.
//
//   node scripts/check-docs.mjs [PACKAGE_DIR ...]
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

/**
 * The TypeScript entry points of a package: `{ subpath: file }` from its exports.
 * @param {string} dir
 * @returns {Record<string, string>}
 */
export function entryPoints(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  /** @type {Record<string, string>} */
  const entries = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {}))
    if (target && typeof target === "object" && typeof target["@nklabor/source"] === "string")
      entries[subpath] = resolve(dir, target["@nklabor/source"]);
  return entries;
}

/**
 * What lacks a doc comment in a package: one line a gap.
 * @param {string} dir
 * @returns {string[]}
 */
export function undocumented(dir) {
  const entries = entryPoints(dir);
  // The package's own compiler options when it has a tsconfig.json (the workspace's resolve
  // packages to their TypeScript sources), else the same in short.
  const config = ts.findConfigFile(dir, ts.sys.fileExists);
  const options = config?.startsWith(dir)
    ? (ts.getParsedCommandLineOfConfigFile(
        config,
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
      )?.options ?? {})
    : {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        customConditions: ["@nklabor/source"],
        strict: true,
        skipLibCheck: true,
      };
  const program = ts.createProgram(Object.values(entries), { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const name = relative(process.cwd(), dir) || ".";
  /** @type {string[]} */
  const gaps = [];
  for (const [subpath, file] of Object.entries(entries)) {
    const source = program.getSourceFile(file);
    if (!source) {
      gaps.push(`${name} ${subpath}: ${file} not found`);
      continue;
    }
    // The entry's own comment: the first doc comment in the file, with @packageDocumentation.
    const head = ts.getLeadingCommentRanges(source.text, 0) ?? [];
    const docs = head
      .map((r) => source.text.slice(r.pos, r.end))
      .filter((c) => c.startsWith("/**"));
    const pkgDoc = docs.find((c) => c.includes("@packageDocumentation"));
    if (!pkgDoc)
      gaps.push(
        `${name} ${subpath}: no @packageDocumentation comment at the top of ${relative(dir, file)}`,
      );
    else if (!pkgDoc.includes("@example"))
      gaps.push(`${name} ${subpath}: its @packageDocumentation comment has no @example`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      // A doc comment with text, not the file's package comment (which TypeScript attaches to
      // the first statement).
      const documented = declarations.some((d) =>
        ts
          .getJSDocCommentsAndTags(d)
          .some(
            (doc) =>
              ts.isJSDoc(doc) &&
              ts.getTextOfJSDocComment(doc.comment)?.trim() &&
              !doc.tags?.some((tag) => tag.tagName.text === "packageDocumentation"),
          ),
      );
      if (!documented) {
        const at = declarations[0];
        const where = at
          ? `${relative(dir, at.getSourceFile().fileName)}:${at.getSourceFile().getLineAndCharacterOfPosition(at.getStart()).line + 1}`
          : "?";
        gaps.push(`${name} ${subpath}: ${exported.getName()} has no doc comment (${where})`);
      }
    }
  }
  return gaps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  const dirs =
    process.argv.length > 2
      ? process.argv.slice(2).map((d) => resolve(d))
      : readdirSync(join(root, "packages")).map((d) => join(root, "packages", d));
  const gaps = dirs.flatMap(undocumented);
  for (const gap of gaps) console.error(gap);
  if (gaps.length > 0) {
    console.error(`docs: ${gaps.length} public exports or entry points without a doc comment`);
    process.exit(1);
  }
  console.log(`docs: every export of ${dirs.length} packages has a doc comment`);
}
