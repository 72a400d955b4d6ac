/*
 * Short forms of the bundled facts, for short questions (a short form's 95 characters), by fact
 * id. Written by hand from the claim and the quote: the generators put who said it and when in
 * front (or keep a claim that names both), blank or change the figure as they do in the claim,
 * and show an excerpt of a quote in place of the whole. The generators take an entry only when it
 * still fits its fact (the figure written once, a quote's every part in the quote) and the
 * checker holds the questions they make to the facts, so a fact corrected later loses its short
 * form rather than keeping a wrong one.
 */

/**
 * The claim in fewer words, without who and when unless it names both ("UN Security Council
 * Resolution 2371 (Aug 2017) ..."): the figure as the quiz writes it ("US$100", "10,000"), the
 * source's hedge words, and whatever else the question needs to ask the same thing (the time a
 * figure is about, when it is not the time it was said).
 */
export const SHORT_CLAIMS: Readonly<Record<string, string>> = {
  "primorye-workers-2018": "A Far East leader asked to keep an estimated 10,000 North Koreans.",
  // The outlet relayed Reuters: the relay stays, as in the long form ("…, Reuters reported").
  "embassy-petition-3500":
    "Reuters: North Korea's Embassy asked in Nov 2017 that 3,500 contracted workers stay in Russia.",
  "state-dept-20-hour-days": "North Koreans in Russia were forced to work up to 20 hours a day.",
  "res-2397-24-months": "send North Korean earners home immediately, within 24 months.",
  "matsegora-12000-permits": "at least 12,000 work permits a year were issued to North Koreans.",
  "matsegora-37000-at-a-time": "as many as 37,000 North Korean laborers were in Russia at a time.",
  "levy-increase-100-usd": "North Korea ordered workers to pay an extra US$100 a month.",
  "levy-increase-confirmed-moscow":
    "workers were ordered to make extra offerings of US$100 a month.",
  "previous-contribution-760-usd": "workers previously had to pay around US$760 a month.",
  "rfa-50000-in-russia": "an estimated 50,000 North Koreans work in Russia.",
  "rfa-93000-overseas": "an estimated 93,000 North Koreans worked overseas in Dec 2017.",
  "regime-revenue-500m":
    "the Dec 2017 sanctions aimed to deny the Kim regime some US$500 million a year.",
  "park-40-usd-per-day": "he could earn around US$40 a day.",
  "park-2000-usd-summer-month": "he could earn upwards of US$2,000 a month in summer.",
  "bounty-up-to-10000": "North Korea offered a bounty of up to US$10,000 for runaways.",
  "khabarovsk-10-runaways": "10 people fled a Khabarovsk building site in late 2020.",
  "russian-authorities-511-remained": "an estimated 511 North Korean workers remained in Russia.",
  "may-have-risen-to-3000": "North Korean workers in Russia may have risen to 3,000 in 2021.",
  "labor-ministry-rejected-permits":
    "Russia's Labor Ministry refused new permits for North Koreans.",
  // The long form's relay ("as cited by the Interfax news agency") stays.
  "tarasenko-appealed-to-moscow": "Primorye asked Moscow to keep its N. Korean workers (Interfax).",
  "russia-began-deporting": "Russia has begun deporting North Korean workers under UN sanctions.",
  "res-2371-no-increase":
    "UN Security Council Resolution 2371 (Aug 2017) capped work authorizations for North Koreans.",
  "res-2397-adopted":
    "UN Security Council Resolution 2397 (Dec 2017) ordered North Korean earners abroad sent home.",
};

/**
 * The part of a fact's first quote a who-said-it question shows when the whole does not fit: the
 * source's words exactly, "…" where words are left out, cut only where the words left show what
 * the passage says. "[…]" stands for the blanked speaker, as in the long question.
 */
export const SHORT_QUOTES: Readonly<Record<string, string>> = {
  "matsegora-unhcr-contact": "We are in contact with the UN High Commissioner for Refugees…",
  "matsegora-disputes-slave-labor": "[…] disputed a mid-2017 U.S. State Department report…",
  "rfa-five-anonymous-sources":
    "[…] said the five Russian sources it spoke to had asked for anonymity…",
  "hard-to-find-construction-work":
    "…it is hard to find construction projects, so the workers are complaining…",
  "100-usd-huge-amount": "U.S. $100 a month is a huge amount of money…",
  "rfa-50000-in-russia": "An estimated 50,000 North Koreans work in Russia—many in construction…",
  "planned-contribution-required":
    "Despite poor working conditions … many North Korean choose to work in Russia…",
  "higher-salary-than-home":
    "Despite poor working conditions … many North Korean choose to work in Russia…",
  "russia-began-deporting": "Russia has begun deporting North Korean migrant workers…",
  "borders-closed-coronavirus":
    "Russian authorities … estimated that 511 North Korean workers remained…",
  "regime-revenue-500m": "The U.N. Security Council approved sanctions in December 2017…",
  "rfa-93000-overseas": "The U.N. Security Council approved sanctions in December 2017…",
  "mt-deadline-late-2019":
    "The United Nations demanded that all countries send home North Korean laborers…",
  "salaries-fund-nuclear-program":
    "The United Nations demanded that all countries send home North Korean laborers…",
  "labor-ministry-rejected-permits":
    "Russia’s Labor Ministry had rejected all previous requests from local employers…",
  "un-september-sanctions-permits":
    "The move came after the UN imposed fresh sanctions in September…",
  "workers-suspected-financing-nuclear":
    "The move came after the UN imposed fresh sanctions in September…",
  "rfa-permit-freeze-december": "The sanctions called for a freeze on new work permits…",
  "rfa-deadline-end-of-2019":
    "…would require host countries to send North Korean workers back by the end of 2019",
};
