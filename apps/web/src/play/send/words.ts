import { catalogs, useLang } from "../../i18n/i18n.js";
import { messages as en } from "./messages/compiled/en.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The words of sending one's results to the teacher: a catalog of their own, in the results
 * page's chunk (a quiz's questions carry none of them); Korean and Russian loaded when needed.
 */
const words = catalogs<Catalog>(en, load);

/** The words of sending results, in the page's language. */
export const useSendWords = (): Catalog => words.read(useLang().lang);
