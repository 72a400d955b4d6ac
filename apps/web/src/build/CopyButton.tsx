import { useState } from "react";

/** Copies text to the clipboard and says so; where the clipboard is refused, says that. */
export function CopyButton({ text }: { readonly text: string }) {
  const [said, setSaid] = useState("");
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setSaid("Copied.");
          } catch {
            setSaid("This browser did not allow copying: select the link and copy it.");
          }
        }}
      >
        Copy link
      </button>
      <span role="status" className="hint">
        {said}
      </span>
    </>
  );
}
