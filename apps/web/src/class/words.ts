import { catalogs, useLang } from "../i18n/i18n.js";
import { messages as en } from "./messages/compiled/en.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The class results page's words: a catalog of their own, in the page's chunk; Korean and Russian
 * loaded when the page is opened in them.
 */
const words = catalogs<Catalog>(en, load);

export type ClassWords = Catalog;

/** The class results page's words in the page's language. */
export const useClassWords = (): ClassWords => words.read(useLang().lang);
