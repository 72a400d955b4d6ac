import { catalogs, useLang } from "../i18n/i18n.js";
import type { Lang } from "../i18n/lang.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The words of a quiz's questions, their feedback and the results page: a catalog of their own in
 * every language, English too, loaded with the questions' chunk (PlayLoader fetches both as a
 * quiz's start screen shows), so Home and the start screen carry none of them, and a Korean or
 * Russian student downloads no English ones.
 */
const words = catalogs<Catalog>(undefined, load);

/** Fetches the words in a language before they are needed. */
export const preloadPlayWords = (lang: Lang): Promise<Catalog> => words.preload(lang);

export type PlayWords = Catalog;

/** The questions' and results' words in the page's language. */
export const usePlayWords = (): PlayWords => words.read(useLang().lang);
