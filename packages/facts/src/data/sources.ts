import type * as z from "zod/mini";
import type { Source } from "../schema.js";
import type { Frozen } from "./frozen.js";

/** The four articles in shared/sources and the three UN Security Council resolutions they refer to. */
export const sourceData = [
  {
    id: "mt-2018-01-governor",
    kind: "news",
    publisher: "The Moscow Times",
    headline: "Russian Governor Fights to Keep North Korean Laborers, Despite Sanctions",
    published: "2018-01-12",
    url: "https://www.themoscowtimes.com/2018/01/12/russian-governor-fights-keep-north-korean-laborers-despite-sanctions-a60165",
    savedAs: "002_ffdb2bbea2b80bd2.txt",
  },
  {
    id: "mt-2018-02-deport",
    kind: "news",
    publisher: "The Moscow Times",
    headline: "Russia Forced to Deport North Korean Migrant Workers After UN Sanctions",
    published: "2018-02-07",
    url: "https://www.themoscowtimes.com/2018/02/07/russia-forced-deport-north-korean-migrant-workers-after-un-sanctions-a60414",
    savedAs: "004_15f7cc1a3a10e355.txt",
  },
  {
    id: "amn-rfa-2019-08-tithes",
    kind: "news",
    publisher: "American Military News",
    headline:
      "North Korea orders cash-strapped migrant workers in Russia to increase tithes to Kim regime",
    published: "2019-08-31",
    url: "https://americanmilitarynews.com/2019/08/north-korea-orders-cash-strapped-migrant-workers-in-russia-to-increase-tithes-to-kim-regime/",
    // RFA's original ran a few days before the reprint; its exact date is not in the file.
    relays: { how: "reprint", publisher: "Radio Free Asia", published: "2019-08" },
    savedAs: "003_4b7c337dbd977e5d.txt",
  },
  {
    id: "mt-2021-02-bounty",
    kind: "news",
    publisher: "The Moscow Times",
    headline: "North Korea Offers $10K Bounty on Runaway Laborers in Russia – Reports",
    published: "2021-02-17",
    url: "https://www.themoscowtimes.com/2021/02/17/north-korea-offers-10k-bounty-on-runaway-laborers-in-russia-reports-a72992",
    relays: { how: "report", publisher: "Radio Free Asia", published: "2021-02-16" },
    savedAs: "000_0963b6b80b2e53fb.txt",
  },
  {
    id: "unsc-res-2371",
    kind: "un-document",
    publisher: "United Nations Security Council",
    headline: "Resolution 2371 (2017)",
    symbol: "S/RES/2371 (2017)",
    published: "2017-08-05",
    url: "https://undocs.org/S/RES/2371(2017)",
    // Only the wording given in shared/sources/README.md is quoted.
    savedAs: "README.md",
  },
  {
    id: "unsc-res-2375",
    kind: "un-document",
    publisher: "United Nations Security Council",
    headline: "Resolution 2375 (2017)",
    symbol: "S/RES/2375 (2017)",
    published: "2017-09-11",
    url: "https://undocs.org/S/RES/2375(2017)",
    savedAs: "README.md",
  },
  {
    id: "unsc-res-2397",
    kind: "un-document",
    publisher: "United Nations Security Council",
    headline: "Resolution 2397 (2017)",
    symbol: "S/RES/2397 (2017)",
    published: "2017-12-22",
    url: "https://undocs.org/S/RES/2397(2017)",
    savedAs: "README.md",
  },
] as const satisfies readonly Frozen<z.input<typeof Source>>[];
