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

export const FactId = z.string().check(z.regex(slug, slugMessage)).brand<"FactId">();
export type FactId = z.infer<typeof FactId>;
export const SourceId = z.string().check(z.regex(slug, slugMessage)).brand<"SourceId">();
export type SourceId = z.infer<typeof SourceId>;
export const ActorId = z.string().check(z.regex(slug, slugMessage)).brand<"ActorId">();
export type ActorId = z.infer<typeof ActorId>;
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
