import { useState } from "react";
import { useWords } from "./words.js";

/** Copies text to the clipboard and says so; where the clipboard is refused, says that. */
export function CopyButton({ text }: { readonly text: string }) {
  const w = useWords();
  // What the last click did; said in the page's language when shown.
  const [said, setSaid] = useState<"copied" | "refused" | undefined>();
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setSaid("copied");
          } catch {
            setSaid("refused");
          }
        }}
      >
        {w.copyLink()}
      </button>
      <span role="status" className="hint">
        {said === "copied" ? w.copied() : said === "refused" ? w.copyRefused() : ""}
      </span>
    </>
  );
}
