import { useEffect, useRef } from "react";
import { useT } from "../i18n/i18n.js";
import { href } from "./router.js";

export function ErrorPage({
  code,
  detail,
}: {
  readonly code: string;
  readonly detail?: string | undefined;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="error-page" aria-labelledby="error-heading">
      <h1 id="error-heading" ref={heading} tabIndex={-1}>
        {code === "NOT_FOUND" ? t.pageNotFound() : t.linkDoesNotWork()}
      </h1>
      <p>{t.errorExplained({ code })}</p>
      {detail && <p className="detail">{t.details({ detail: detail.slice(0, 400) })}</p>}
      <p>
        <a className="button primary" href={href.home}>
          {t.goHome()}
        </a>
      </p>
    </section>
  );
}
