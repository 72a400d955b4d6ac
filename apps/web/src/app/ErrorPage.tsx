import { useEffect, useRef } from "react";
import { href } from "./router.js";

const EXPLAIN: Record<string, string> = {
  BAD_ENCODING:
    "The link is damaged: part of it may have been cut off or changed when it was copied. Ask for the link again.",
  UNSUPPORTED_VERSION:
    "This link was made by a different version of the quiz and cannot be opened here.",
  TOO_LARGE: "This link is too long to be a quiz link.",
  INVALID_SPEC: "The link opens, but the quiz it describes is not valid.",
  NOT_FOUND: "There is no page at this address.",
  LOAD_FAILED: "The quiz could not be loaded. Check your connection and try again.",
  ENGINE_FAILED:
    "The link is fine, but this quiz could not be made: a fault in nklabor, not in your link. Please report it with the link.",
};

export function ErrorPage({
  code,
  detail,
}: {
  readonly code: string;
  readonly detail?: string | undefined;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="error-page" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        {code === "NOT_FOUND" ? "Page not found" : "This quiz link does not work"}
      </h1>
      <p>{EXPLAIN[code] ?? "Something went wrong."}</p>
      {detail && <p className="detail">Details: {detail.slice(0, 400)}</p>}
      <p>
        <a className="button primary" href={href.home}>
          Go to the home page
        </a>
      </p>
    </section>
  );
}
