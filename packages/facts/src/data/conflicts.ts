import type * as z from "zod/mini";
import type { ConflictGroup } from "../schema.js";
import type { Frozen } from "./frozen.js";

/** Where the sources disagree. Nothing here picks a winner: each note says why the figures may differ. */
export const conflictData = [
  {
    id: "workers-in-russia",
    title: "How many North Koreans worked in Russia?",
    question: "How many North Korean workers were in Russia?",
    facts: [
      "state-dept-tens-of-thousands",
      "matsegora-37000-at-a-time",
      "rfa-50000-in-russia",
      "russian-authorities-511-remained",
      "may-have-risen-to-3000",
    ],
    reasons: ["different-date", "different-counter", "different-measure"],
    note: "The figures span mid-2017 to 2021, before and after the UN deadline of December 2019 and North Korea's border closure in 2020. They come from different counters (The Moscow Times' account of a U.S. State Department report, Russia's ambassador, Radio Free Asia, Russian authorities, an unnamed Russian) and commit to different things: a vague 'tens of thousands', a ceiling at any one time, round estimates, an estimate of those left with expired permits, and a possibility.",
  },
  {
    id: "primorye-or-far-east",
    title: "Primorye, or the whole Far East? The appeal for 10,000 workers",
    question:
      "Which region's head asked Moscow to let an estimated 10,000 North Korean workers remain in Russia?",
    facts: ["primorye-workers-2018", "far-east-workers-2018"],
    reasons: ["different-place", "different-wording"],
    note: "The Moscow Times of 12 January 2018 says 'the head of a region in Russia's Far East' asked Moscow to let an estimated 10,000 workers remain, and quotes the head of the Primorye region, Andrei Tarasenko, on keeping the workers 'already in Primorye'. Its article of 7 February 2018 says 'the head of Russia's Far East region' made the appeal, which reads as the whole Far East, of which Primorye is one region. The articles leave open whether the 10,000 were in Primorye alone. Both report an appeal; neither is a count.",
  },
  {
    id: "working-conditions",
    title: "Slave-like conditions, or paid like a Russian?",
    question: "How are North Korean workers in Russia treated and paid?",
    facts: [
      "state-dept-slave-like-conditions",
      "matsegora-disputes-slave-labor",
      "workers-keep-a-fifth",
      "higher-salary-than-home",
    ],
    reasons: ["different-counter", "different-measure"],
    note: "The U.S. State Department (mid-2017) described 'slave-like' conditions (for meagre pay, in The Moscow Times' words); Russia's ambassador (February 2018) disputed it, saying they earn about as much as an average Russian worker; an anonymous source (2019) said workers keep only a fifth of their earnings; The Moscow Times (2018) wrote that many choose Russia for a higher salary than at home. The speakers are two governments, an anonymous source and a newspaper, and they measure different things: conditions, gross pay, take-home share.",
  },
  {
    id: "which-sanctions-froze-permits",
    title: "Which sanctions stopped new work permits?",
    question: "When did the UN stop new work permits for North Koreans?",
    facts: ["res-2371-no-increase", "un-september-sanctions-permits", "rfa-permit-freeze-december"],
    reasons: ["different-date", "different-wording"],
    note: "The UN acted three times in 2017: Resolution 2371 (August) capped the total number of work authorizations; the sanctions of September (Resolution 2375) limited new permits, as The Moscow Times wrote in January 2018; Resolution 2397 (December) ordered workers home within 24 months. Radio Free Asia's 2019 report folds the permit freeze into the December sanctions.",
  },
  {
    id: "deporting-or-not",
    title: "Deporting, or not forcibly deporting?",
    question: "Was Russia deporting North Korean workers in February 2018?",
    facts: ["russia-began-deporting", "matsegora-no-forced-deportation"],
    reasons: ["different-wording", "different-counter"],
    note: "The Moscow Times (7 February 2018) reported that Russia had begun deporting North Korean workers; the ambassador it quotes said Russia will not 'forcibly deport anyone to North Korea' and that Russia is in contact with the UN refugee agency about those who choose not to return.",
  },
  {
    id: "repatriation-deadline-wording",
    title: "“No later than 24 months”, “by the end of 2019” or “by late 2019”?",
    question: "By when did the UN require North Korean workers abroad to be sent home?",
    facts: [
      "repatriation-deadline-2019-12-22",
      "rfa-deadline-end-of-2019",
      "mt-deadline-late-2019",
    ],
    reasons: ["different-wording"],
    note: "The Security Council's own words are 'immediately but no later than 24 months' from the adoption of Resolution 2397 on 22 December 2017, which works out to 22 December 2019. Radio Free Asia (August 2019) wrote 'by the end of 2019' and The Moscow Times (February 2021) 'by late 2019': the outlets' paraphrases of the resolution, not its words.",
  },
] as const satisfies readonly Frozen<z.input<typeof ConflictGroup>>[];
