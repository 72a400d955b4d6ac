import { catalogs, useLang } from "../i18n/i18n.js";
import { messages as en } from "./messages/compiled/en.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The Build page's words: English with the page's code, Korean and Russian loaded when the page
 * is opened in them. The app's shared words (True, False, the storage messages) are useT's.
 */
const words = catalogs<Catalog>(en, load);

export type Words = Catalog;

/** The Build page's words in the page's language. */
export const useWords = (): Words => words.read(useLang().lang);
