import { useLang, useT } from "./i18n.js";
import { LANG_NAMES, LANGS, withLang } from "./lang.js";

/**
 * The three languages, each named in itself (and marked so, for screen readers). Choosing one
 * shows the same page in it at once: the route, what is typed and the drafts stay; `?lang=` in
 * the address changes, so a reload or a copied link keeps the language.
 */
export function LanguageSwitch({ hash }: { readonly hash: string }) {
  const t = useT();
  const { lang, choose } = useLang();
  // The hash is read for the links' addresses, which follow the route.
  const here = `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
  return (
    <ul className="langs" aria-label={t.language()}>
      {LANGS.map((l) => (
        <li key={l}>
          <a
            href={withLang(here, l)}
            lang={l}
            hrefLang={l}
            aria-current={l === lang ? "true" : undefined}
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              choose(l);
            }}
          >
            {LANG_NAMES[l]}
          </a>
        </li>
      ))}
    </ul>
  );
}
