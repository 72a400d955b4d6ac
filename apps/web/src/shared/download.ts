import type { QuizSpec } from "@nklabor/quiz";

/** Offers a file to the user: the browser's download, from memory (nothing leaves the page). */
export function download(filename: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = safeFilename(filename);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name any system takes: no path separators or reserved characters, not empty. */
export function safeFilename(name: string): string {
  const clean = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean === "" || /^\.+$/.test(clean) ? "quiz" : clean.slice(0, 120);
}

/** The quiz's spec as a file the Build page (or the CLI) opens again. */
export function downloadSpec(spec: QuizSpec): void {
  download(
    `${spec.title}.nklabor-spec.json`,
    `${JSON.stringify(spec, null, 2)}\n`,
    "application/json",
  );
}
