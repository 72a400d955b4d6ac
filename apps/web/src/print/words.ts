import { catalogs, useLang } from "../i18n/i18n.js";
import { messages as en } from "./messages/compiled/en.js";
import type { Catalog } from "./messages/compiled/types.js";

/** The worksheet's words; Korean and Russian loaded when it is opened in them. */
const words = catalogs<Catalog>(en, (lang) =>
  lang === "ko"
    ? import("./messages/compiled/ko.js")
    : lang === "ru"
      ? import("./messages/compiled/ru.js")
      : import("./messages/compiled/pseudo.js"),
);

/** The worksheet's words in the page's language. */
export const usePrintWords = (): Catalog => words.read(useLang().lang);
