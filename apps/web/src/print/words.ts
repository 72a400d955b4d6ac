import { catalogs, useLang } from "../i18n/i18n.js";
import { messages as en } from "./messages/compiled/en.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/** The worksheet's words; Korean and Russian loaded when it is opened in them. */
const words = catalogs<Catalog>(en, load);

/** The worksheet's words in the page's language. */
export const usePrintWords = (): Catalog => words.read(useLang().lang);
