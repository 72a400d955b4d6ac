import { useState } from "react";

/**
 * Copies text to the clipboard and says so; where the clipboard is refused, says that. `words`
 * are the page's: the button's, and what it says after.
 */
export function CopyButton({
  text,
  words: w,
}: {
  readonly text: string;
  readonly words: {
    readonly copyLink: () => string;
    readonly copied: () => string;
    readonly copyRefused: () => string;
  };
}) {
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
