import type * as z from "zod/mini";
import type { Actor } from "../schema.js";
import type { Frozen } from "./frozen.js";

/** Everyone who makes a claim in the sources, and the outlets that passed claims on. */
export const actorData = [
  {
    id: "andrei-tarasenko",
    kind: "person",
    name: "Andrei Tarasenko",
    // The article says "the governor"; he was the acting governor (October 2017 to September 2018).
    role: "head of the Primorye region",
    affiliation: "Russia",
  },
  {
    id: "alexander-matsegora",
    kind: "person",
    name: "Alexander Matsegora",
    role: "Russia's Ambassador to North Korea",
    affiliation: "Russia",
  },
  {
    id: "russian-authorities",
    kind: "government-body",
    name: "Russian authorities",
    affiliation: "Russia",
  },
  {
    id: "north-korea-embassy",
    kind: "government-body",
    name: "North Korea's Embassy in Russia",
    affiliation: "North Korea",
  },
  {
    id: "us-state-department",
    kind: "government-body",
    name: "U.S. State Department",
    affiliation: "United States",
  },
  {
    id: "un-security-council",
    kind: "organization",
    name: "UN Security Council",
    affiliation: "United Nations",
  },
  { id: "the-moscow-times", kind: "media", name: "The Moscow Times" },
  { id: "radio-free-asia", kind: "media", name: "Radio Free Asia" },
  { id: "interfax", kind: "media", name: "Interfax", role: "Russian news agency" },
  { id: "reuters", kind: "media", name: "Reuters", role: "news agency" },
  {
    id: "media-reports-2017",
    kind: "anonymous",
    name: "Media reports in 2017",
    role: "unnamed outlets cited by The Moscow Times",
  },
  {
    id: "rfa-vladivostok-source",
    kind: "anonymous",
    name: "An anonymous source in Vladivostok",
    role: "spoke to RFA's Korean Service in August 2019",
  },
  {
    id: "rfa-moscow-ethnic-korean",
    kind: "anonymous",
    name: "An ethnic Korean living in Moscow",
    role: "anonymous source of RFA, August 2019",
  },
  {
    id: "rfa-another-source",
    kind: "anonymous",
    name: "Another anonymous source of RFA",
    role: "cited in RFA's report of August 2019",
  },
  {
    id: "worker-park",
    kind: "person",
    name: "Park",
    role: "a North Korean construction worker in Vladivostok",
    affiliation: "North Korea",
  },
  {
    id: "unnamed-experts",
    kind: "anonymous",
    name: "Unnamed experts",
    role: "cited by RFA in August 2019",
  },
  {
    id: "rfa-unnamed-russian",
    kind: "anonymous",
    name: "An unnamed Russian familiar with the North Korean labor situation",
    role: "cited by RFA in February 2021",
    affiliation: "Russia",
  },
  {
    id: "far-east-ethnic-koreans",
    kind: "anonymous",
    name: "Ethnic Korean residents of Russia's Far East",
    role: "anonymous sources of RFA in Vladivostok and Ussuriysk, February 2021",
    affiliation: "Russia",
  },
  {
    id: "unnamed-ethnic-korean-residents",
    kind: "anonymous",
    name: "Unnamed ethnic Korean residents of Russia",
    role: "anonymous sources of RFA, February 2021",
    affiliation: "Russia",
  },
  {
    id: "st-petersburg-ethnic-korean",
    kind: "anonymous",
    name: "An ethnic Korean from St. Petersburg",
    role: "anonymous source of RFA, February 2021",
    affiliation: "Russia",
  },
] as const satisfies readonly Frozen<z.input<typeof Actor>>[];
