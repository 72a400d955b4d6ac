import { type EventFact, whenBounds } from "@nklabor/facts";
import { citationsOf } from "../context.js";
import { makeQuestion, type Slot, type SlotSource, sample } from "./shared.js";

/** Whether two events' spans are apart, so that their order is certain. */
function apart(a: EventFact, b: EventFact): boolean {
  const x = whenBounds(a.when);
  const y = whenBounds(b.when);
  return x.end < y.start || y.end < x.start;
}

/** Events of one story (a resolution and its deadline, worked out from it): their order is no question. */
const linked = (a: EventFact, b: EventFact) =>
  [a, b].some((x) => {
    const y = x === a ? b : a;
    return (x.derived?.from.includes(y.id) ?? false) || (x.related?.includes(y.id) ?? false);
  });

/** Put 3 to 5 events in order; only events whose dates cannot overlap, so one order is right. */
export const timelineSlots: SlotSource = (ctx, subjects) => {
  const events = subjects.filter(
    (f): f is EventFact => f.kind === "event" && f.rank.level !== "deprecated",
  );
  if (events.length < 3) return [];
  // As many variants as there are events: each draws its own set.
  return events.slice(0, 64).map(
    (_, variant): Slot => ({
      type: "timeline",
      key: `set-${variant}`,
      facts: [],
      build(rng, target) {
        const size = 3 + Math.round(target * 2);
        const chosen: EventFact[] = [];
        for (const event of sample(rng, events, 64)) {
          if (chosen.length === size) break;
          if (chosen.every((c) => apart(c, event) && c.title !== event.title && !linked(c, event)))
            chosen.push(event);
        }
        if (chosen.length < 3) return undefined;
        const inOrder = [...chosen].sort((a, b) =>
          whenBounds(a.when).start.localeCompare(whenBounds(b.when).start),
        );
        let shown = rng.shuffle(inOrder);
        for (let i = 0; i < 5 && shown.every((e, k) => e === inOrder[k]); i++)
          shown = rng.shuffle(inOrder);
        if (shown.every((e, k) => e === inOrder[k])) shown = [...inOrder].reverse();
        const v = ctx.voice;
        return makeQuestion("timeline", inOrder.map((e) => e.id).join("+"), {
          prompt: v.m.orderPrompt(),
          key: {
            format: "ordering",
            items: shown.map((e) => v.title(e)),
            correct: inOrder.map((e) => shown.indexOf(e)),
          },
          explanation: v.m.inOrder({
            events: inOrder
              .map((e) => {
                // Mid-sentence, an English title's "The" is "the"; other words keep their capitals.
                const title = v.lang === "en" ? v.title(e).replace(/^The /, "the ") : v.title(e);
                const when = v.when(e.when);
                return e.derived
                  ? v.m.eventWorkedOut({ title, when, method: v.method(e) })
                  : v.m.eventWhen({ title, when });
              })
              .join(v.m.thenSeparator()),
          }),
          facts: inOrder,
          citations: inOrder.flatMap((e) => citationsOf(ctx, e).slice(0, 1)),
          difficultyScore:
            0.15 + 0.2 * (chosen.length - 3) + 0.2 * Math.min(1, 365 / minGapDays(inOrder)),
        });
      },
    }),
  );
};

function minGapDays(events: readonly EventFact[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < events.length; i++) {
    const prev = events[i - 1];
    const next = events[i];
    if (!prev || !next) continue;
    const days =
      (Date.parse(whenBounds(next.when).start) - Date.parse(whenBounds(prev.when).end)) / 864e5;
    gap = Math.min(gap, Math.max(1, days));
  }
  return gap;
}
