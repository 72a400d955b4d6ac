import * as z from "zod/mini";
import { isCalendarDay, PARTIAL_DATE } from "./dates.js";

/*
 * The schemas a quiz spec needs from the fact model (ids, dates, topics), apart from the rest
 * (schema.ts): a share link without facts of its own builds only these.
 */

/** Text with something in it once trimmed. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = "use lowercase letters, digits and single hyphens, e.g. 'rfa-2019-levy'";

/**
 * The id of a fact: lowercase letters, digits and single hyphens ("rfa-2019-levy"), branded so it
 * is not mixed up with other ids. Parsing with the schema checks the form.
 */
export const FactId = z.string().check(z.regex(slug, slugMessage)).brand<"FactId">();
export type FactId = z.infer<typeof FactId>;
/**
 * The id of a source: lowercase letters, digits and single hyphens, branded so it is not mixed up
 * with other ids.
 */
export const SourceId = z.string().check(z.regex(slug, slugMessage)).brand<"SourceId">();
export type SourceId = z.infer<typeof SourceId>;
/**
 * The id of an actor: lowercase letters, digits and single hyphens, branded so it is not mixed up
 * with other ids.
 */
export const ActorId = z.string().check(z.regex(slug, slugMessage)).brand<"ActorId">();
export type ActorId = z.infer<typeof ActorId>;
/**
 * The id of a conflict group: lowercase letters, digits and single hyphens, branded so it is not
 * mixed up with other ids.
 */
export const ConflictId = z.string().check(z.regex(slug, slugMessage)).brand<"ConflictId">();
export type ConflictId = z.infer<typeof ConflictId>;

/** An ISO 8601 date with only the precision the source gives: `2017`, `2017-12` or `2017-12-22`. */
export const PartialDate = z
  .string()
  .check(
    z.regex(PARTIAL_DATE, {
      message: "use an ISO date with year, month or day precision: 2017, 2017-12 or 2017-12-22",
    }),
    z.refine(isCalendarDay, { message: "no such day in the calendar" }),
  )
  .brand<"PartialDate">();
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * What a fact is about, for filtering: `sanctions`, `worker-counts`, `remittances`, `conditions` or
 * `enforcement`.
 */
export const Topic = z.enum([
  "sanctions",
  "worker-counts",
  "remittances",
  "conditions",
  "enforcement",
]);
export type Topic = z.infer<typeof Topic>;

/** The languages nklabor speaks: questions, the app and exports in each, quotes always as the source wrote them. */
export const Language = z.enum(["en", "ko", "ru"]);
export type Language = z.infer<typeof Language>;
