import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useTransition,
} from "react";
import { browserStore, read, write } from "../app/storage.js";
import { settled, tracked } from "../app/tracked.js";
import { chooseLang, LANG_KEY, type Lang, wantsPseudo, withLang } from "./lang.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The UI language as React sees it: a context with the language and a way to change it, and one
 * catalog hook per catalog. English catalogs are bundled with their pages; Korean and Russian ones
 * are loaded with import() when first needed, so an English visitor downloads neither.
 */

/** The language this page load starts in: the address, else this browser's choice, else its languages. */
export function initialLang(): Lang {
  return chooseLang(window.location.search, read(browserStore(), LANG_KEY), navigator.languages);
}

interface LangState {
  readonly lang: Lang;
  /** Shows the app in another language: the page and what is typed stay; `?lang=` changes. */
  readonly choose: (lang: Lang) => void;
}

const LangContext = createContext<LangState>({ lang: "en", choose: () => {} });

export const useLang = (): LangState => useContext(LangContext);

export function LangProvider({
  initial,
  children,
}: {
  readonly initial: Lang;
  readonly children: ReactNode;
}) {
  const [lang, setLang] = useState(initial);
  // A transition: the page keeps its words until the new language's catalogs have loaded.
  const [, startTransition] = useTransition();
  const choose = useCallback((next: Lang) => {
    write(browserStore(), LANG_KEY, next);
    // The address says the language, so a reload or a copied link keeps it; no reload here.
    window.history.replaceState(window.history.state, "", withLang(window.location.href, next));
    startTransition(() => setLang(next));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, choose }), [lang, choose]);
  return <LangContext value={value}>{children}</LangContext>;
}

/**
 * A catalog in every language: English at once, the others loaded once when first asked for (a
 * load that fails, offline, gives English). `read` suspends until the language has loaded. Without
 * an English catalog at hand (the core one), English loads like the others: each language's first
 * load carries its own words only.
 */
export function catalogs<C>(
  english: C | undefined,
  load: (lang: "en" | "ko" | "ru" | "pseudo") => Promise<{ messages: C }>,
) {
  type Shown = Lang | "pseudo";
  // One promise a language, read with `use` every time (app/tracked.ts says why).
  const loading = new Map<Shown, Promise<C>>(PSEUDO || !english ? [] : [["en", settled(english)]]);
  // With ?pseudo in the address, English pages show the pseudo-locale (for layout tests).
  const shown = (lang: Lang): Shown => (PSEUDO && lang === "en" ? "pseudo" : lang);
  const preload = (lang: Lang): Promise<C> => {
    const key = shown(lang);
    let pending = loading.get(key);
    if (!pending) {
      // A language that fails to load (offline) gives English; English that fails is tried again.
      pending = tracked(
        load(key).then(
          (module) => module.messages,
          () => english ?? load("en").then((module) => module.messages),
        ),
      );
      loading.set(key, pending);
    }
    return pending;
  };
  return { preload, read: (lang: Lang): C => use(preload(lang)) };
}

/**
 * `?pseudo` in the address: the English pages in a pseudo-locale (every word of the catalogs
 * accented, a third longer, between ⟦ and ⟧), so layout tests see longer text everywhere and any
 * word left out of the catalogs. Its catalogs load with import(), like Korean and Russian.
 */
const PSEUDO = wantsPseudo(typeof window === "undefined" ? "" : window.location.search);

/**
 * The app's own words (the shell, Home and a quiz's start screen): in every language a chunk of
 * its own, which the page's boot script starts fetching as the page parses (vite.config.ts).
 */
export const core = catalogs<Catalog>(undefined, load);

/** The app's words in the page's language. */
export const useT = (): Catalog => core.read(useLang().lang);

export type { Catalog };
