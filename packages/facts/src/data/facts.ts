import type * as z from "zod/mini";
import type { Fact } from "../schema.js";
import type { Frozen } from "./frozen.js";

/*
 * Every claim of the four articles in shared/sources, and the resolution wording given in its
 * README. Quotes are copied from the files (whitespace, including U+00A0, is folded when checked).
 * Relative dates resolve against each article's date: in the 2018-01-12 article "last month" is
 * 2017-12, "in September" 2017-09, "last November" 2017-11 and "Friday" 2018-01-12; in the
 * 2018-02-07 article "last December" is 2017-12, "last month" 2018-01 and "Tuesday" 2018-02-06;
 * in the 2021-02-17 article "Tuesday" is 2021-02-16, "this year" 2021 and "late last year" late 2020.
 */

// Quotes used by more than one fact.
const Q = {
  governorLead:
    "The head of a region in Russia’s Far East has asked Moscow to allow an estimated 10,000 North Korean migrant workers to remain in the country despite UN sanctions.",
  tarasenkoAppeal:
    "“We took the initiative and appealed to Moscow to keep the number of those workers who are already in Primorye,” Tarasenko was cited as saying by the Interfax news agency Friday.",
  septemberSanctions:
    "The move came after the UN imposed fresh sanctions in September that limited countries from issuing permits to North Korean workers, who are suspected of helping finance Pyongyang’s nuclear program.",
  stateDeptReport:
    "According to a U.S. State Department report from mid-2017, tens of thousands of North Koreans toil in “slave-like conditions” in Russia, forced to work up to 20 hours a day for meagre pay.",
  plannedContribution:
    "Despite poor working conditions and a required “planned contribution” to their government, many North Korean choose to work in Russia to receive a higher salary than back home.",
  latestSanctions:
    "The latest UN Security Council sanctions imposed last December demand North Koreans working abroad to be repatriated within 24 months, over suspicions that they help Pyongyang finance its nuclear program.",
  matsegoraEstimates:
    "The Russian diplomat estimated that at least 12,000 work permits were issued to North Koreans every year, while as many as 37,000 laborers were in Russia at a time.",
  matsegoraDisputes:
    'Matsegora disputed a mid-2017 U.S. State Department report that described North Koreans toiling in "slave-like conditions" in Russia for meager pay, contending that they earn around as much as an average Russian worker.',
  res2397Paragraph8:
    "shall repatriate to the DPRK all DPRK nationals earning income in that Member State’s jurisdiction and all DPRK government safety oversight attachés monitoring DPRK workers abroad immediately but no later than 24 months from the date of adoption of this resolution",
  levyLead:
    "North Korean authorities have ordered migrant workers living in Russia to hand over an additional U.S. $100 of their salaries each month as the Kim Jong Un regime struggles to secure foreign currency amid crushing international sanctions over its nuclear weapons program, according to sources.",
  levyOrder:
    "“The authorities ordered each worker to pay an additional U.S. $100, which has led to complaints from those who aren’t even able to pay their current allotment,” said the source, noting that workers had previously been required to hand over around U.S. $760 per month.",
  threeMonthVisas:
    "Meanwhile, most North Koreans are only granted three-month visas to enter Russia and forced to earn a living illegally because they lack work permits, the source said, allowing Russian businessmen to exploit them by withholding their pay, in some cases for several months after a job is complete.",
  rfa50000:
    "An estimated 50,000 North Koreans work in Russia—many in construction—under what the U.S. State Department has called “slave-like” conditions.",
  decemberSanctions:
    "The U.N. Security Council approved sanctions in December 2017 that banned the export of North Korean labor as part of a bid to deprive the Kim regime of some U.S. $500 million per year generated from the wages of an estimated 93,000 North Koreans working overseas.",
  freezeAndDeadline:
    "The sanctions called for a freeze on new work permits, and would require host countries to send North Korean workers back by the end of 2019.",
  grudging:
    "While Russia voted to approve the 2017 U.N. sanctions, experts have said they were approved grudgingly, and only after they were made as “toothless” as possible.",
  park: "A North Korean construction worker in Vladivostok surnamed Park told RFA in late 2018 that he was able to earn around U.S. $40 per day, seeking out his own jobs in the city, and could earn upwards of U.S. $2,000 a month during the peak summer construction season.",
  bountyLead:
    "North Korea is offering a bounty of up to $10,000 to help find runaway workers in Russia, Radio Free Asia (RFA) reported Tuesday, citing Russian citizens of Korean descent in the country’s Far East.",
  unDemanded:
    "The United Nations demanded that all countries send home North Korean laborers by late 2019 to stop Pyongyang from funneling a cut of their salaries into its nuclear weapons program.",
  remained511:
    "Russian authorities in March 2020 estimated that 511 North Korean workers remained in the country after Pyongyang closed its borders due to the spread of the coronavirus despite having expired work permits.",
  risen3000:
    "That figure may have risen to 3,000 this year, according to an unnamed Russian familiar with the North Korean labor situation cited by RFA, with many workers arriving on student visas.",
  khabarovsk:
    "The North Korean agents advertise the $10,000 bounties for the laborers, which include two supervisors who were among 10 runaways from a construction site in Khabarovsk late last year, RFA cited two of the unnamed ethnic Korean residents of Russia as saying.",
} as const;

export const factData = [
  // ── The Moscow Times, 2018-01-12: "Russian Governor Fights to Keep North Korean Laborers, Despite Sanctions"
  {
    id: "primorye-workers-2018",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "The Moscow Times reported on 12 January 2018 that the head of a region in Russia's Far East had asked Moscow to allow an estimated 10,000 North Korean migrant workers to remain in the country despite UN sanctions.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "by", at: { date: "2018-01-12" } },
    appliesTo: "a region of the Russian Far East",
    amount: { hedge: "approx", value: 10000, wording: "an estimated 10,000" },
    counted:
      "North Korean migrant workers whom the head of a Far East region asked Moscow to let remain in Russia",
    unit: "people",
    references: [
      { source: "mt-2018-01-governor", quote: Q.governorLead },
      { source: "mt-2018-01-governor", quote: Q.tarasenkoAppeal },
    ],
    rank: { level: "normal" },
    label:
      "North Korean workers whom the head of a Far East region asked Moscow to let stay (The Moscow Times, January 2018)",
    related: ["tarasenko-appealed-to-moscow"],
  },
  {
    id: "labor-ministry-rejected-permits",
    kind: "event",
    topic: "enforcement",
    title: "Russia's Labor Ministry refuses work permits for North Koreans",
    claim:
      "The Moscow Times reported in January 2018 that Russia's Labor Ministry had rejected, the month before, all previous requests from local employers to give North Korean citizens work permits.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2017-12" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2018-01-governor",
        quote:
          "Russia’s Labor Ministry had rejected all previous requests from local employers to give the North Korean citizens working permits last month.",
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "un-september-sanctions-permits",
    kind: "event",
    topic: "sanctions",
    title: "UN sanctions limit new work permits for North Koreans",
    claim:
      "The Moscow Times reported in January 2018 that the UN had imposed fresh sanctions in September 2017 that limited countries from issuing permits to North Korean workers.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2017-09" } },
    appliesTo: "worldwide",
    document: "unsc-res-2375",
    references: [{ source: "mt-2018-01-governor", quote: Q.septemberSanctions }],
    rank: { level: "normal" },
  },
  {
    id: "workers-suspected-financing-nuclear",
    kind: "statement",
    topic: "sanctions",
    claim:
      "The Moscow Times wrote in January and February 2018 that North Korean workers abroad are suspected of helping finance Pyongyang's nuclear program, which is why the UN sanctions target them.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "period", from: { date: "2017-09" }, to: { date: "2018-02" } },
    appliesTo: "worldwide",
    references: [
      { source: "mt-2018-01-governor", quote: Q.septemberSanctions },
      { source: "mt-2018-02-deport", quote: Q.latestSanctions },
    ],
    rank: { level: "normal" },
  },
  {
    id: "tarasenko-concerned",
    kind: "statement",
    topic: "sanctions",
    claim:
      "After meeting the North Korean consul, Andrei Tarasenko, head of the Primorye region, told reporters on 12 January 2018 that he was concerned about the fate of the North Korean migrant workers in his region.",
    claimant: "andrei-tarasenko",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2018-01-12" } },
    appliesTo: "Primorye",
    references: [
      {
        source: "mt-2018-01-governor",
        quote:
          "After meeting the North Korean consul, Andrei Tarasenko, the governor of the Pacific Primorye region, told reporters Friday that he was concerned about the fate of the migrant workers in his region.",
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "tarasenko-appealed-to-moscow",
    kind: "event",
    topic: "sanctions",
    title: "Primorye asks Moscow to keep its North Korean workers",
    claim:
      "Andrei Tarasenko, head of the Primorye region, said, as cited by the Interfax news agency on 12 January 2018, that the region had taken the initiative and appealed to Moscow to keep the North Korean workers already in Primorye.",
    claimant: "andrei-tarasenko",
    stated: { date: "2018-01-12" },
    when: { kind: "by", at: { date: "2018-01-12" } },
    appliesTo: "Primorye",
    references: [{ source: "mt-2018-01-governor", quote: Q.tarasenkoAppeal, via: ["interfax"] }],
    rank: { level: "normal" },
    related: ["primorye-workers-2018"],
  },
  {
    id: "embassy-petition-3500",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "North Korea's Embassy in Russia petitioned Russian lawmakers (deputies) in November 2017 to allow 3,500 migrant workers who had already signed work contracts to stay in the country despite the UN sanctions, Reuters reported.",
    claimant: "north-korea-embassy",
    stated: { date: "2017-11" },
    when: { kind: "point", at: { date: "2017-11" } },
    appliesTo: "Russia",
    amount: { hedge: "exact", value: 3500, wording: "3,500" },
    counted:
      "North Korean migrant workers with signed contracts whom the Embassy asked to keep in Russia",
    unit: "people",
    references: [
      {
        source: "mt-2018-01-governor",
        quote:
          "North Korea’s Embassy petitioned Russian deputies last November to allow 3,500 migrant workers, who have already signed work contracts, to stay in the country despite the UN sanctions, Reuters reported",
        via: ["reuters"],
      },
    ],
    rank: { level: "normal" },
    label:
      "workers with signed contracts whom North Korea's Embassy asked Russian lawmakers to let stay (November 2017, as Reuters reported)",
  },
  {
    id: "state-dept-tens-of-thousands",
    kind: "headcount",
    topic: "worker-counts",
    // The Moscow Times' account of the report, not the report's words: the outlet's claim.
    claim:
      "The Moscow Times wrote in January 2018 that, according to a mid-2017 U.S. State Department report, tens of thousands of North Koreans toil in Russia.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2017", part: "mid" } },
    appliesTo: "Russia",
    amount: {
      hedge: "atLeast",
      min: 10000,
      wording: "tens of thousands",
      reading:
        "“Tens of thousands” is read as at least 10,000, the weakest reading of the words; the report as cited gives no figure.",
    },
    counted: "North Koreans working in Russia",
    unit: "people",
    references: [{ source: "mt-2018-01-governor", quote: Q.stateDeptReport }],
    rank: { level: "normal" },
    label:
      "North Koreans toiling in Russia, by The Moscow Times' account of a mid-2017 U.S. State Department report",
  },
  {
    id: "state-dept-slave-like-conditions",
    kind: "statement",
    topic: "conditions",
    // "slave-like" is the report's word, quoted by all three outlets; "for meagre pay" is The Moscow Times' own.
    claim:
      "A mid-2017 U.S. State Department report described the conditions of North Koreans working in Russia as “slave-like”.",
    claimant: "us-state-department",
    stated: { date: "2017", part: "mid" },
    when: { kind: "point", at: { date: "2017", part: "mid" } },
    appliesTo: "Russia",
    references: [
      { source: "mt-2018-01-governor", quote: Q.stateDeptReport },
      { source: "mt-2018-02-deport", quote: Q.matsegoraDisputes },
      { source: "amn-rfa-2019-08-tithes", quote: Q.rfa50000 },
    ],
    rank: { level: "normal" },
  },
  {
    id: "state-dept-20-hour-days",
    kind: "duration",
    topic: "conditions",
    claim:
      "The Moscow Times wrote in January 2018 that, according to a mid-2017 U.S. State Department report, North Koreans in Russia were forced to work up to 20 hours a day.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2017", part: "mid" } },
    appliesTo: "Russia",
    amount: { hedge: "atMost", max: 20, wording: "up to 20 hours a day" },
    unit: "hours",
    per: "day",
    measures: "a North Korean worker's working day in Russia",
    references: [{ source: "mt-2018-01-governor", quote: Q.stateDeptReport }],
    rank: { level: "normal" },
    label:
      "hours a day North Koreans in Russia were forced to work, by The Moscow Times' account of a mid-2017 U.S. State Department report",
  },
  {
    id: "planned-contribution-required",
    kind: "statement",
    topic: "remittances",
    claim:
      "The Moscow Times wrote in January 2018 that North Korean workers in Russia are required to pay a “planned contribution” to their government.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2018-01" } },
    appliesTo: "Russia",
    references: [{ source: "mt-2018-01-governor", quote: Q.plannedContribution }],
    rank: { level: "normal" },
  },
  {
    id: "higher-salary-than-home",
    kind: "statement",
    topic: "conditions",
    claim:
      "The Moscow Times wrote in January 2018 that, despite poor working conditions, many North Koreans choose to work in Russia for a higher salary than they would get back home.",
    claimant: "the-moscow-times",
    stated: { date: "2018-01-12" },
    when: { kind: "point", at: { date: "2018-01" } },
    appliesTo: "Russia",
    references: [{ source: "mt-2018-01-governor", quote: Q.plannedContribution }],
    rank: { level: "normal" },
  },
  {
    id: "stadium-slave-labor-allegation",
    kind: "statement",
    topic: "conditions",
    claim:
      "Media reports in 2017 alleged that Russian companies used North Korean slave labor to finish a stadium in St. Petersburg in time for the 2017 FIFA Confederations Cup.",
    claimant: "media-reports-2017",
    stated: { date: "2017" },
    when: { kind: "point", at: { date: "2017" } },
    appliesTo: "St. Petersburg",
    references: [
      {
        source: "mt-2018-01-governor",
        quote:
          "Media reports last year alleged that Russian companies used slave labor from North Korea to finish a stadium in St. Petersburg in time to host the 2017 FIFA Confederations Cup.",
      },
    ],
    rank: { level: "normal" },
  },

  // ── The Moscow Times, 2018-02-07: "Russia Forced to Deport North Korean Migrant Workers After UN Sanctions"
  {
    id: "russia-began-deporting",
    kind: "event",
    topic: "enforcement",
    title: "Russia has begun deporting North Korean workers, The Moscow Times reports",
    claim:
      "The Moscow Times reported on 7 February 2018 that Russia had begun deporting North Korean migrant workers to comply with UN sanctions.",
    claimant: "the-moscow-times",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2018-02-deport",
        quote:
          'Russia has begun deporting North Korean migrant workers to comply with UN sanctions despite "severe" repercussions for the economy.',
      },
      {
        source: "mt-2018-02-deport",
        quote: "Russia Forced to Deport North Korean Migrant Workers After UN Sanctions",
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "far-east-workers-2018",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "The Moscow Times reported on 7 February 2018 that, the month before, the head of “Russia’s Far East region” had appealed to Moscow to allow an estimated 10,000 North Koreans to remain in the country despite the sanctions.",
    claimant: "the-moscow-times",
    stated: { date: "2018-02-07" },
    when: { kind: "point", at: { date: "2018-01" } },
    appliesTo: "Russian Far East",
    amount: { hedge: "approx", value: 10000, wording: "an estimated 10,000" },
    counted:
      "North Koreans whom the head of “Russia’s Far East region” asked Moscow to let remain in Russia",
    unit: "people",
    references: [
      {
        source: "mt-2018-02-deport",
        quote:
          "Last month, the head of Russia’s Far East region appealed to Moscow to allow an estimated 10,000 North Koreans to remain in the country despite the sanctions.",
      },
    ],
    rank: { level: "normal" },
    label:
      "North Koreans whom the head of “Russia’s Far East region” asked Moscow to let stay (The Moscow Times, February 2018)",
    related: ["primorye-workers-2018"],
  },
  {
    id: "res-2397-24-months",
    kind: "duration",
    topic: "sanctions",
    claim:
      "The UN Security Council's Resolution 2397 of 22 December 2017 requires member states to send home the North Koreans earning income in their jurisdiction immediately, and no later than 24 months after its adoption.",
    claimant: "un-security-council",
    stated: { date: "2017-12-22" },
    when: { kind: "point", at: { date: "2017-12-22" } },
    appliesTo: "worldwide",
    amount: { hedge: "exact", value: 24, wording: "no later than 24 months" },
    unit: "months",
    measures:
      "the longest time Resolution 2397 gave member states to send North Korean workers home",
    references: [{ source: "unsc-res-2397", quote: Q.res2397Paragraph8 }],
    rank: { level: "normal" },
    label:
      "the time Resolution 2397 gave countries to send North Korean workers home (UN Security Council, 2017)",
  },
  {
    id: "matsegora-blow-to-economy",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Russia's Ambassador to North Korea, Alexander Matsegora, told reporters that sending the workers home would be a serious blow to the Russian economy, especially in the Far East, as Interfax cited him in February 2018.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2018-02-deport",
        quote:
          '"This will be a blow to the Russian economy, a serious blow, especially in the Far East," Interfax cited Russia’s Ambassador to North Korea, Alexander Matsegora, as telling reporters.',
        via: ["interfax"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "matsegora-rigorously-comply",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Alexander Matsegora, Russia's Ambassador to North Korea, said on 6 February 2018 that Russia carries out the UN Security Council decision rigorously, without fail.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-06" },
    when: { kind: "point", at: { date: "2018-02-06" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2018-02-deport",
        quote:
          '"But we rigorously, without fail, carry out the UN Security Council decision," Matsegora said Tuesday.',
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "matsegora-12000-permits",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "Russia's Ambassador to North Korea, Alexander Matsegora, estimated, as The Moscow Times reported on 7 February 2018, that at least 12,000 work permits had been issued to North Koreans every year.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    amount: { hedge: "atLeast", min: 12000, wording: "at least 12,000" },
    counted: "work permits issued to North Koreans in Russia",
    unit: "work permits",
    per: "year",
    references: [{ source: "mt-2018-02-deport", quote: Q.matsegoraEstimates }],
    rank: { level: "normal" },
    label:
      "work permits issued to North Koreans every year, in Ambassador Matsegora's estimate reported in February 2018",
  },
  {
    id: "matsegora-37000-at-a-time",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "Russia's Ambassador to North Korea, Alexander Matsegora, estimated, as The Moscow Times reported on 7 February 2018, that as many as 37,000 North Korean laborers had been in Russia at a time.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    amount: { hedge: "atMost", max: 37000, wording: "as many as 37,000" },
    counted: "North Korean laborers in Russia at any one time",
    unit: "people",
    references: [{ source: "mt-2018-02-deport", quote: Q.matsegoraEstimates }],
    rank: { level: "normal" },
    label:
      "North Korean laborers in Russia at any one time, in Ambassador Matsegora's estimate reported in February 2018",
  },
  {
    id: "matsegora-disputes-slave-labor",
    kind: "statement",
    topic: "conditions",
    claim:
      "Alexander Matsegora, Russia's Ambassador to North Korea, disputed the U.S. State Department's “slave-like conditions” report, contending that North Koreans in Russia earn around as much as an average Russian worker, The Moscow Times reported on 7 February 2018.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    references: [{ source: "mt-2018-02-deport", quote: Q.matsegoraDisputes }],
    rank: { level: "normal" },
    replyTo: "state-dept-slave-like-conditions",
    related: ["state-dept-slave-like-conditions"],
  },
  {
    id: "matsegora-no-forced-deportation",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Alexander Matsegora, Russia's Ambassador to North Korea, said that Russia will not forcibly deport anyone to North Korea, The Moscow Times reported on 7 February 2018.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2018-02-deport",
        quote: 'He pointed out that Russia will not "forcibly deport anyone to North Korea."',
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "matsegora-unhcr-contact",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Alexander Matsegora, Russia's Ambassador to North Korea, said that Russia is in contact with the UN High Commissioner for Refugees about the North Koreans who choose not to return, The Moscow Times reported on 7 February 2018.",
    claimant: "alexander-matsegora",
    stated: { date: "2018-02-07" },
    when: { kind: "by", at: { date: "2018-02-07" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2018-02-deport",
        quote:
          '"We are in contact with the UN High Commissioner for Refugees. We’re addressing all of the problems of the people who choose not to return," Matsegora added.',
      },
    ],
    rank: { level: "normal" },
    related: ["matsegora-no-forced-deportation"],
  },

  // ── The UN Security Council resolutions (wording as given in shared/sources/README.md)
  {
    id: "res-2371-no-increase",
    kind: "event",
    topic: "sanctions",
    title:
      "The UN Security Council caps the total of North Koreans' work authorizations at its existing level",
    claim:
      "In Resolution 2371, adopted on 5 August 2017, the UN Security Council decided that member states shall not increase the total number of work authorizations for North Korean nationals, unless its 1718 sanctions committee approves.",
    claimant: "un-security-council",
    stated: { date: "2017-08-05" },
    when: { kind: "point", at: { date: "2017-08-05" } },
    appliesTo: "worldwide",
    document: "unsc-res-2371",
    references: [
      {
        source: "unsc-res-2371",
        quote:
          "shall not increase the total number of work authorizations for such persons in their jurisdictions, unless approved by the Security Council Committee established pursuant to resolution 1718 (2006)",
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "res-2397-adopted",
    kind: "event",
    topic: "sanctions",
    title: "The UN Security Council orders North Korean workers sent home",
    claim:
      "In Resolution 2397, adopted on 22 December 2017, the UN Security Council required member states to send home all North Korean nationals earning income in their jurisdiction “immediately but no later than 24 months” after adoption; the resolution exempts a state's own nationals and cases where the law prohibits repatriation.",
    claimant: "un-security-council",
    stated: { date: "2017-12-22" },
    when: { kind: "point", at: { date: "2017-12-22" } },
    appliesTo: "worldwide",
    document: "unsc-res-2397",
    references: [{ source: "unsc-res-2397", quote: Q.res2397Paragraph8 }],
    rank: { level: "normal" },
  },
  {
    id: "repatriation-deadline-2019-12-22",
    kind: "event",
    topic: "sanctions",
    title: "The UN's deadline for sending North Korean workers home",
    claim:
      "Resolution 2397's deadline for sending North Korean workers home fell on 22 December 2019: the UN Security Council gave member states “no later than 24 months” from its adoption on 22 December 2017.",
    claimant: "un-security-council",
    stated: { date: "2017-12-22" },
    when: { kind: "point", at: { date: "2019-12-22" } },
    appliesTo: "worldwide",
    document: "unsc-res-2397",
    references: [{ source: "unsc-res-2397", quote: Q.res2397Paragraph8 }],
    rank: { level: "normal" },
    derived: {
      from: ["res-2397-adopted", "res-2397-24-months"],
      method: "adoption on 22 December 2017 plus 24 months",
    },
    related: ["mt-deadline-late-2019", "rfa-deadline-end-of-2019"],
  },

  // ── American Military News, 2019-08-31, reprinting Radio Free Asia:
  //    "North Korea orders cash-strapped migrant workers in Russia to increase tithes to Kim regime"
  {
    id: "levy-increase-100-usd",
    kind: "money",
    topic: "remittances",
    claim:
      "An anonymous source in Vladivostok told RFA in August 2019 that North Korean authorities had ordered each worker in Russia to hand over an additional US$100 a month to the state.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    amount: { hedge: "exact", value: 100, wording: "an additional U.S. $100" },
    currency: "USD",
    per: "month",
    measure: "contribution-increase",
    references: [
      { source: "amn-rfa-2019-08-tithes", quote: Q.levyLead, via: ["radio-free-asia"] },
      { source: "amn-rfa-2019-08-tithes", quote: Q.levyOrder, via: ["radio-free-asia"] },
    ],
    rank: { level: "normal" },
    label:
      "the extra sum each worker was ordered to hand over every month, per an anonymous source in Vladivostok (2019)",
    related: ["levy-increase-confirmed-moscow"],
  },
  {
    id: "levy-increase-confirmed-moscow",
    kind: "money",
    topic: "remittances",
    claim:
      "An ethnic Korean living in Moscow confirmed to RFA in August 2019 that North Korean authorities had ordered workers in Russia to make additional offerings of US$100 a month, citing a bad economy at home.",
    claimant: "rfa-moscow-ethnic-korean",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    amount: { hedge: "exact", value: 100, wording: "U.S. $100 per month" },
    currency: "USD",
    per: "month",
    measure: "contribution-increase",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "“I am well aware that the North Korean authorities issued an order to make additional offerings of U.S. $100 per month, citing a bad economic situation back home,” the source said.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
    label:
      "the additional offering ordered each month, per an ethnic Korean living in Moscow (2019)",
    related: ["levy-increase-100-usd"],
  },
  {
    id: "previous-contribution-760-usd",
    kind: "money",
    topic: "remittances",
    claim:
      "An anonymous source in Vladivostok told RFA in August 2019 that North Korean workers in Russia had previously been required to hand over around US$760 a month.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019" } },
    appliesTo: "Russia",
    amount: { hedge: "approx", value: 760, wording: "around U.S. $760 per month" },
    currency: "USD",
    per: "month",
    measure: "contribution",
    references: [
      { source: "amn-rfa-2019-08-tithes", quote: Q.levyOrder, via: ["radio-free-asia"] },
    ],
    rank: { level: "normal" },
    label:
      "what workers had previously had to hand over each month, per an anonymous source in Vladivostok (2019)",
    related: ["levy-increase-100-usd"],
  },
  {
    id: "regime-needs-foreign-currency",
    kind: "statement",
    topic: "remittances",
    claim:
      "According to sources cited by Radio Free Asia in August 2019, the Kim Jong Un regime was struggling to secure foreign currency amid crushing international sanctions over its nuclear weapons program.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "North Korea",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.levyLead }],
    rank: { level: "normal" },
  },
  {
    id: "vladivostok-construction-frustration",
    kind: "statement",
    topic: "conditions",
    claim:
      "An anonymous source in Vladivostok told RFA's Korean Service in August 2019 that the order had frustrated North Koreans in the city, who tend to work in construction, where job opportunities are increasingly limited.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Vladivostok",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "A source in Vladivostok, near Russia’s border with North Korea, told RFA’s Korean Service that the directive had led to frustration among North Koreans residing in the city, who tend to work in construction and say that job opportunities in the sector are increasingly limited.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "hard-to-find-construction-work",
    kind: "statement",
    topic: "conditions",
    claim:
      "An anonymous source in Vladivostok told RFA in August 2019 that construction projects had become hard to find, so workers complained that the amount of money they had to make was too high.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Vladivostok",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "“These days, it is hard to find construction projects, so the workers are complaining that the amount of money they have to make is too high.”",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "pyongyang-pressure-work-harder",
    kind: "statement",
    topic: "remittances",
    claim:
      "An anonymous source in Vladivostok told RFA in August 2019 that officials in Pyongyang who dispatch workers abroad were pressuring those in Russia to increase their contributions to the regime and “work harder”.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "Officials in Pyongyang tasked with dispatching North Korean workers abroad are now pressuring those living in Russia to both increase their contributions to the regime and “work harder,” the source said, citing a “difficult situation” with the economy back home.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "three-month-visas",
    kind: "duration",
    topic: "conditions",
    claim:
      "An anonymous source in Vladivostok told RFA in August 2019 that most North Koreans are granted only three-month visas to enter Russia.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    amount: {
      hedge: "exact",
      value: 3,
      wording: "three-month visas",
      reading: "“three-month” = 3 months.",
    },
    unit: "months",
    measures: "the visa most North Koreans get to enter Russia",
    references: [
      { source: "amn-rfa-2019-08-tithes", quote: Q.threeMonthVisas, via: ["radio-free-asia"] },
    ],
    rank: { level: "normal" },
    label:
      "the length of the visa most North Koreans get to enter Russia, per an anonymous source in Vladivostok (2019)",
  },
  {
    id: "working-illegally-pay-withheld",
    kind: "statement",
    topic: "conditions",
    claim:
      "An anonymous source in Vladivostok told RFA in August 2019 that, lacking work permits, most North Koreans in Russia earn a living illegally, and Russian businessmen exploit them by withholding their pay, sometimes for months after a job is done.",
    claimant: "rfa-vladivostok-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    references: [
      { source: "amn-rfa-2019-08-tithes", quote: Q.threeMonthVisas, via: ["radio-free-asia"] },
    ],
    rank: { level: "normal" },
  },
  {
    id: "rfa-50000-in-russia",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "Radio Free Asia reported in August 2019 that an estimated 50,000 North Koreans work in Russia, many in construction.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    amount: { hedge: "approx", value: 50000, wording: "An estimated 50,000" },
    counted: "North Koreans working in Russia",
    unit: "people",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.rfa50000 }],
    rank: { level: "normal" },
    label: "North Koreans working in Russia, in Radio Free Asia's estimate of August 2019",
  },
  {
    id: "rfa-93000-overseas",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "Radio Free Asia reported in August 2019 that the UN sanctions of December 2017, which banned North Korean labor exports, aimed to deprive the Kim regime of wages earned by an estimated 93,000 North Koreans working overseas.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    // The report gives the figure no date of its own: said of the time up to the report.
    when: { kind: "by", at: { date: "2019-08" } },
    appliesTo: "worldwide",
    amount: { hedge: "approx", value: 93000, wording: "an estimated 93,000" },
    counted: "North Koreans working overseas",
    unit: "people",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.decemberSanctions }],
    rank: { level: "normal" },
    label:
      "North Koreans working overseas whose wages the December 2017 sanctions targeted, per Radio Free Asia (August 2019)",
  },
  {
    id: "regime-revenue-500m",
    kind: "money",
    topic: "remittances",
    claim:
      "Radio Free Asia reported in August 2019 that the December 2017 sanctions aimed to deprive the Kim regime of some US$500 million a year generated from the wages of North Koreans working overseas.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2017-12" } },
    appliesTo: "worldwide",
    amount: { hedge: "approx", value: 500000000, wording: "some U.S. $500 million per year" },
    currency: "USD",
    per: "year",
    measure: "regime-revenue",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.decemberSanctions }],
    rank: { level: "normal" },
    label:
      "what the regime got each year from the wages of workers overseas, per Radio Free Asia (2019)",
  },
  {
    id: "rfa-permit-freeze-december",
    kind: "statement",
    topic: "sanctions",
    claim:
      "Radio Free Asia reported in August 2019 that the UN sanctions of December 2017 called for a freeze on new work permits for North Koreans.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2017-12" } },
    appliesTo: "worldwide",
    references: [
      { source: "amn-rfa-2019-08-tithes", quote: Q.freezeAndDeadline },
      { source: "amn-rfa-2019-08-tithes", quote: Q.decemberSanctions },
    ],
    rank: { level: "normal" },
  },
  {
    id: "rfa-deadline-end-of-2019",
    kind: "statement",
    topic: "sanctions",
    claim:
      "Radio Free Asia reported in August 2019 that the UN sanctions would require host countries to send North Korean workers back by the end of 2019.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019", part: "late" } },
    appliesTo: "worldwide",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.freezeAndDeadline }],
    rank: { level: "normal" },
    related: ["repatriation-deadline-2019-12-22"],
  },
  {
    id: "europe-africa-complied-early",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Radio Free Asia reported in August 2019 that many countries in Europe and Africa had reportedly complied early with the order to send North Korean workers home.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Europe and Africa",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote: "Many countries in Europe and Africa reportedly complied early.",
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "russia-voted-for-sanctions",
    kind: "event",
    topic: "sanctions",
    title: "Russia votes for the UN sanctions on North Korea",
    claim:
      "Radio Free Asia reported in August 2019 that Russia voted to approve the 2017 UN sanctions on North Korea.",
    claimant: "radio-free-asia",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2017" } },
    appliesTo: "Russia",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.grudging }],
    rank: { level: "normal" },
  },
  {
    id: "experts-toothless-sanctions",
    kind: "statement",
    topic: "sanctions",
    claim:
      "Unnamed experts cited by RFA in August 2019 said Russia approved the 2017 UN sanctions grudgingly, and only after they were made as “toothless” as possible.",
    claimant: "unnamed-experts",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2017" } },
    appliesTo: "Russia",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.grudging, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
    related: ["russia-voted-for-sanctions"],
  },
  {
    id: "100-usd-huge-amount",
    kind: "statement",
    topic: "remittances",
    claim:
      "An ethnic Korean living in Moscow told RFA in August 2019 that US$100 a month is a huge amount of money for North Korean workers who are struggling to find construction work.",
    claimant: "rfa-moscow-ethnic-korean",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "“U.S. $100 a month is a huge amount of money for the hard-pressed North Korean workers who are currently having problems finding construction work.”",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "sanctions-and-job-shortage-hit-workers",
    kind: "statement",
    topic: "conditions",
    claim:
      "An ethnic Korean living in Moscow told RFA in August 2019 that strengthened sanctions and a lack of jobs that year had significantly hurt North Korean workers in Russia, who were growing frustrated by the regime's relentless demands for cash.",
    claimant: "rfa-moscow-ethnic-korean",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019" } },
    appliesTo: "Russia",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "According to the source, strengthened sanctions and a lack of jobs this year have significantly impacted North Korean workers in Russia, who he said are growing frustrated by the Kim regime’s relentless demands for cash to support its weapons program.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "workers-resent-missile-spending",
    kind: "statement",
    topic: "conditions",
    claim:
      "An ethnic Korean living in Moscow told RFA in August 2019 that workers resent North Korea for losing money firing missiles while they, short of food and clothes, are “slaving away abroad”.",
    claimant: "rfa-moscow-ethnic-korean",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019" } },
    appliesTo: "Russia",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "“The workers complain, saying ‘how on earth can they fire missiles every other day when they say the country’s economy is in shambles,’” he said.",
        via: ["radio-free-asia"],
      },
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "“They are resentful of North Korea, saying the country is losing a lot of money … by playing with missiles, while the workers—who don’t have enough to eat or clothes to wear—are slaving away abroad.”",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "park-40-usd-per-day",
    kind: "money",
    topic: "conditions",
    claim:
      "Park, a North Korean construction worker in Vladivostok, told RFA in late 2018 that he could earn around US$40 a day, finding his own jobs.",
    claimant: "worker-park",
    stated: { date: "2018", part: "late" },
    when: { kind: "point", at: { date: "2018", part: "late" } },
    appliesTo: "Vladivostok",
    amount: { hedge: "approx", value: 40, wording: "around U.S. $40 per day" },
    currency: "USD",
    per: "day",
    measure: "earnings",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.park, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
    label:
      "Park's daily earnings, finding his own jobs in Vladivostok, as he told RFA in late 2018",
  },
  {
    id: "park-2000-usd-summer-month",
    kind: "money",
    topic: "conditions",
    claim:
      "Park, a North Korean construction worker in Vladivostok, told RFA in late 2018 that he could earn upwards of US$2,000 a month in the peak summer construction season.",
    claimant: "worker-park",
    stated: { date: "2018", part: "late" },
    when: { kind: "point", at: { date: "2018", part: "late" } },
    appliesTo: "Vladivostok",
    amount: { hedge: "atLeast", min: 2000, wording: "upwards of U.S. $2,000 a month" },
    currency: "USD",
    per: "month",
    measure: "earnings",
    references: [{ source: "amn-rfa-2019-08-tithes", quote: Q.park, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
    label:
      "Park's earnings in a month of the peak summer construction season, as he told RFA in late 2018",
  },
  {
    id: "officials-extort-workers",
    kind: "statement",
    topic: "remittances",
    claim:
      "Park, a North Korean construction worker in Vladivostok, told RFA in late 2018 that North Korean officials sent to the region regularly extort money from the workers they supervise.",
    claimant: "worker-park",
    stated: { date: "2018", part: "late" },
    when: { kind: "point", at: { date: "2018", part: "late" } },
    appliesTo: "Vladivostok",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "But while construction jobs were easier to find at the time, he complained that North Korean officials dispatched to the region regularly extort money from workers under their supervision.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "workers-keep-a-fifth",
    kind: "share",
    topic: "remittances",
    claim:
      "Another anonymous source of RFA said in August 2019 that North Korean workers receive only a fifth of their earnings once their handlers have taken a share for Pyongyang.",
    claimant: "rfa-another-source",
    stated: { date: "2019-08" },
    when: { kind: "point", at: { date: "2019-08" } },
    appliesTo: "Russia",
    amount: {
      hedge: "exact",
      value: 0.2,
      wording: "only a fifth",
      reading: "“a fifth” = 0.2 (20%).",
    },
    of: "their earnings, after handlers take a share for Pyongyang",
    references: [
      {
        source: "amn-rfa-2019-08-tithes",
        quote:
          "Another source said that North Korean workers receive only a fifth of their earnings by the time handlers have taken a share for Pyongyang.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
    label:
      "the share of their earnings workers keep once handlers take a cut for Pyongyang, per another RFA source (2019)",
  },

  // ── The Moscow Times, 2021-02-17, reporting Radio Free Asia:
  //    "North Korea Offers $10K Bounty on Runaway Laborers in Russia – Reports"
  {
    id: "bounty-up-to-10000",
    kind: "money",
    topic: "enforcement",
    claim:
      "Ethnic Korean residents of Russia's Far East, cited by RFA in February 2021, said that North Korea was offering a bounty of up to US$10,000 to help find runaway workers in Russia.",
    claimant: "far-east-ethnic-koreans",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2021-02" } },
    appliesTo: "Russia",
    amount: { hedge: "atMost", max: 10000, wording: "up to $10,000" },
    currency: "USD",
    per: "once",
    measure: "bounty",
    references: [
      { source: "mt-2021-02-bounty", quote: Q.bountyLead, via: ["radio-free-asia"] },
      { source: "mt-2021-02-bounty", quote: Q.khabarovsk, via: ["radio-free-asia"] },
    ],
    rank: { level: "normal" },
    label:
      "North Korea's bounty for finding a runaway worker, as ethnic Koreans in the Far East told RFA (2021)",
  },
  {
    id: "manhunt-in-far-east",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Ethnic Korean residents of Russia's Far East, in Vladivostok and Ussuriysk, cited by RFA in February 2021, said that North Korean agents were on a manhunt for escaped workers across the region.",
    claimant: "far-east-ethnic-koreans",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2021-02" } },
    appliesTo: "Russian Far East",
    references: [
      {
        source: "mt-2021-02-bounty",
        quote:
          "Ethnic Koreans in Far East Russian cities such as Vladivostok and Ussuriysk told RFA that North Korean agents are on a manhunt for escapees across the region.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "rfa-five-anonymous-sources",
    kind: "statement",
    topic: "enforcement",
    claim:
      "Radio Free Asia said in February 2021 that all five Russian sources it spoke to had asked for anonymity, citing safety concerns.",
    claimant: "radio-free-asia",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2021-02" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2021-02-bounty",
        quote:
          "RFA said the five Russian sources it spoke to had asked for anonymity, citing safety concerns.",
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "khabarovsk-10-runaways",
    kind: "headcount",
    topic: "enforcement",
    claim:
      "Two unnamed ethnic Korean residents of Russia, cited by RFA in February 2021, said that 10 people, two of them supervisors, ran away from a construction site in Khabarovsk in late 2020.",
    claimant: "unnamed-ethnic-korean-residents",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2020", part: "late" } },
    appliesTo: "Khabarovsk",
    amount: { hedge: "exact", value: 10, wording: "10 runaways" },
    counted:
      "people who ran away from one construction site in Khabarovsk, two supervisors among them",
    unit: "people",
    references: [{ source: "mt-2021-02-bounty", quote: Q.khabarovsk, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
    label:
      "runaways from one Khabarovsk construction site in late 2020, supervisors included, per ethnic Korean residents cited by RFA",
  },
  {
    id: "khabarovsk-2-supervisors",
    kind: "headcount",
    topic: "enforcement",
    claim:
      "Two unnamed ethnic Korean residents of Russia, cited by RFA in February 2021, said that two of the runaways from a Khabarovsk construction site in late 2020 were supervisors, with bounties advertised for them.",
    claimant: "unnamed-ethnic-korean-residents",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2020", part: "late" } },
    appliesTo: "Khabarovsk",
    amount: { hedge: "exact", value: 2, wording: "two supervisors", reading: "“two” = 2." },
    counted: "supervisors among the Khabarovsk runaways",
    unit: "people",
    references: [{ source: "mt-2021-02-bounty", quote: Q.khabarovsk, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
    label:
      "supervisors among the Khabarovsk runaways of late 2020, per ethnic Korean residents cited by RFA",
    related: ["khabarovsk-10-runaways", "supervisors-purged-if-worker-escapes"],
  },
  {
    id: "supervisors-purged-if-worker-escapes",
    kind: "statement",
    topic: "enforcement",
    claim:
      "One of the unnamed ethnic Korean residents of Russia cited by RFA in February 2021 said that when a worker escapes, the officials who managed and supervised that worker are summoned back to North Korea and purged, which is why supervisors flee too.",
    claimant: "unnamed-ethnic-korean-residents",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2021-02" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2021-02-bounty",
        quote:
          "When a worker escapes from a construction site in Russia, the officials who were managing and supervising that worker will be summoned back to North Korea and purged. This is why the officials had no choice but to escape themselves,” the outlet quoted one of the residents as saying.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "salaries-fund-nuclear-program",
    kind: "statement",
    topic: "remittances",
    claim:
      "The Moscow Times wrote in February 2021 that the UN wanted North Korean laborers sent home to stop Pyongyang funneling a cut of their salaries into its nuclear weapons program.",
    claimant: "the-moscow-times",
    stated: { date: "2021-02-17" },
    when: { kind: "period", from: { date: "2017-12" }, to: { date: "2019-12" } },
    appliesTo: "worldwide",
    references: [{ source: "mt-2021-02-bounty", quote: Q.unDemanded }],
    rank: { level: "normal" },
  },
  {
    id: "mt-deadline-late-2019",
    kind: "statement",
    topic: "sanctions",
    claim:
      "The Moscow Times wrote in February 2021 that the United Nations had demanded that all countries send home North Korean laborers by late 2019.",
    claimant: "the-moscow-times",
    stated: { date: "2021-02-17" },
    when: { kind: "point", at: { date: "2019", part: "late" } },
    appliesTo: "worldwide",
    references: [{ source: "mt-2021-02-bounty", quote: Q.unDemanded }],
    rank: { level: "normal" },
    related: ["repatriation-deadline-2019-12-22"],
  },
  {
    id: "borders-closed-coronavirus",
    kind: "event",
    topic: "enforcement",
    title: "North Korea closes its borders over the coronavirus",
    claim:
      "The Moscow Times reported in February 2021 that Pyongyang had closed North Korea's borders due to the spread of the coronavirus, and that by March 2020 North Korean workers with expired permits remained in Russia.",
    claimant: "the-moscow-times",
    stated: { date: "2021-02-17" },
    when: { kind: "by", at: { date: "2020-03" } },
    appliesTo: "North Korea",
    references: [{ source: "mt-2021-02-bounty", quote: Q.remained511 }],
    rank: { level: "normal" },
  },
  {
    id: "russian-authorities-511-remained",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "Russian authorities estimated in March 2020 that 511 North Korean workers remained in Russia, with expired work permits, after North Korea closed its borders.",
    claimant: "russian-authorities",
    stated: { date: "2020-03" },
    when: { kind: "point", at: { date: "2020-03" } },
    appliesTo: "Russia",
    amount: { hedge: "approx", value: 511, wording: "estimated that 511" },
    counted: "North Korean workers remaining in Russia with expired work permits",
    unit: "people",
    references: [{ source: "mt-2021-02-bounty", quote: Q.remained511 }],
    rank: { level: "normal" },
    label:
      "North Korean workers left in Russia with expired permits, in Russian authorities' estimate of March 2020",
  },
  {
    id: "may-have-risen-to-3000",
    kind: "headcount",
    topic: "worker-counts",
    claim:
      "An unnamed Russian familiar with the North Korean labor situation, cited by RFA in February 2021, said that the number of North Korean workers in Russia may have risen to 3,000 that year.",
    claimant: "rfa-unnamed-russian",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2021" } },
    appliesTo: "Russia",
    amount: { hedge: "possible", value: 3000, wording: "may have risen to 3,000" },
    counted: "North Korean workers in Russia",
    unit: "people",
    references: [{ source: "mt-2021-02-bounty", quote: Q.risen3000, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
    label: "North Korean workers in Russia in 2021, per an unnamed Russian cited by RFA",
    related: ["russian-authorities-511-remained"],
  },
  {
    id: "arriving-on-student-visas",
    kind: "statement",
    topic: "enforcement",
    claim:
      "An unnamed Russian familiar with the North Korean labor situation, cited by RFA in February 2021, said that many North Korean workers were arriving in Russia on student visas.",
    claimant: "rfa-unnamed-russian",
    stated: { date: "2021-02-16" },
    when: { kind: "point", at: { date: "2021" } },
    appliesTo: "Russia",
    references: [{ source: "mt-2021-02-bounty", quote: Q.risen3000, via: ["radio-free-asia"] }],
    rank: { level: "normal" },
  },
  {
    id: "scattered-since-late-2020",
    kind: "statement",
    topic: "enforcement",
    claim:
      "An ethnic Korean from St. Petersburg told RFA, as it reported in February 2021, that North Koreans have “scattered regionally to find construction sites” since late 2020.",
    claimant: "st-petersburg-ethnic-korean",
    stated: { date: "2021-02-16" },
    when: { kind: "period", from: { date: "2020", part: "late" } },
    appliesTo: "Russia",
    references: [
      {
        source: "mt-2021-02-bounty",
        quote:
          "An ethnic Korean from St. Petersburg told RFA that North Koreans have “scattered regionally to find construction sites” since late 2020.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
  },
  {
    id: "settled-in-st-petersburg",
    kind: "statement",
    topic: "enforcement",
    claim:
      "The Moscow Times reported in February 2021 that some North Korean workers had reportedly settled in St. Petersburg, Russia's second-largest city, on the opposite end of the country from North Korea.",
    claimant: "the-moscow-times",
    stated: { date: "2021-02-17" },
    when: { kind: "point", at: { date: "2021-02" } },
    appliesTo: "St. Petersburg",
    references: [
      {
        source: "mt-2021-02-bounty",
        quote:
          "Some have reportedly settled in Russia’s second-largest city on the opposite end of the country as a result.",
        via: ["radio-free-asia"],
      },
    ],
    rank: { level: "normal" },
    related: ["scattered-since-late-2020"],
  },
] as const satisfies readonly Frozen<z.input<typeof Fact>>[];
