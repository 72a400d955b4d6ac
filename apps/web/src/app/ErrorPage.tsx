import { Suspense, useEffect, useRef } from "react";
import { useT } from "../i18n/i18n.js";
import { rich, slot } from "../i18n/rich.js";
import { useProblemWords } from "./problems.js";
import { href } from "./router.js";

/** A page that cannot be shown (a route not found, a quiz link that does not work) and why. */
export function ErrorPage(props: { readonly code: string; readonly detail?: string | undefined }) {
  const t = useT();
  // The error pages' words are loaded when one shows (app/problems.tsx).
  return (
    <Suspense fallback={<p role="status">{t.loading()}</p>}>
      <ErrorText {...props} />
    </Suspense>
  );
}

function ErrorText({
  code,
  detail,
}: {
  readonly code: string;
  readonly detail?: string | undefined;
}) {
  const t = useT();
  const w = useProblemWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="error-page" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        {code === "NOT_FOUND" ? w.pageNotFound() : w.linkDoesNotWork()}
      </h1>
      <p>{w.errorExplained({ code })}</p>
      {detail && <Details detail={detail.slice(0, 400)} />}
      <p>
        <a className="button primary" href={href.home}>
          {t.goHome()}
        </a>
      </p>
    </section>
  );
}

/**
 * What the program said went wrong, for a report: its words are English (the library's and the
 * browser's messages), marked so inside a Korean or Russian page.
 */
export function Details({ detail }: { readonly detail: string }) {
  const t = useT();
  return (
    <p className="detail">
      {rich(t.details({ detail: slot(0) }), [
        <span key="detail" lang="en">
          {detail}
        </span>,
      ])}
    </p>
  );
}
