// @ts-check
// Kinds of corrupted browser storage, for a quiz with the given key and questions: what another
// version, another tab, a full disk or a curious student may leave. Shared by the unit tests
// (src/play/session.test.ts, src/build/drafts.test.ts) and the browser fuzz journey.

/**
 * @param {string} key the quiz's state key ("ready:mix")
 * @param {readonly { id: string, key: { format: string } }[]} questions the quiz's questions, in order
 * @returns {{ name: string, entries: Record<string, string> }[]}
 */
export function corruptions(key, questions) {
  const ids = questions.map((q) => q.id);
  const first = /** @type {string} */ (ids[0]);
  const state = (/** @type {Record<string, unknown>} */ patch) =>
    JSON.stringify({
      version: 2,
      key,
      questionIds: ids,
      index: 0,
      answers: {},
      done: {},
      finished: false,
      updated: 1,
      ...patch,
    });
  const v1 = (/** @type {Record<string, unknown>} */ patch) =>
    JSON.stringify({
      version: 1,
      key,
      quiz: { questions: questions.map((q) => ({ id: q.id, key: q.key })) },
      index: 0,
      answers: {},
      done: {},
      finished: false,
      ...patch,
    });
  const wrongFormat = questions.find((q) => q.key.format !== "numeric");
  const session = `nklabor:session:${key}`;
  /** @type {[string, Record<string, string>][]} */
  const kinds = [
    ["play state that is not JSON", { [session]: '{"version":2,' }],
    ["play state null", { [session]: "null" }],
    ["play state a number", { [session]: "42" }],
    ["play state an array", { [session]: "[1,2,3]" }],
    [
      "old play state whose questions are empty objects",
      { [session]: v1({ quiz: { questions: [{}] } }) },
    ],
    ["old play state without answers", { [session]: v1({ answers: undefined, index: 2 }) }],
    ["old play state finished without answers", { [session]: v1({ finished: true }) }],
    [
      "old play state with a key without options",
      { [session]: v1({ quiz: { questions: [{ id: first, key: { format: "choice" } }] } }) },
    ],
    ["play state at question 999", { [session]: state({ index: 999 }) }],
    ["play state at question -1", { [session]: state({ index: -1 }) }],
    ["play state at question 1.5", { [session]: state({ index: 1.5 }) }],
    [
      "an answer in the wrong format",
      {
        [session]: state({
          answers: { [wrongFormat?.id ?? first]: { format: "numeric", value: 1 } },
        }),
      },
    ],
    [
      "an answer choosing option 99",
      {
        [session]: state({
          answers: { [first]: { format: "choice", index: 99 } },
          done: { [first]: "answered" },
        }),
      },
    ],
    [
      "a question marked answered without its answer",
      { [session]: state({ done: { [first]: "answered" } }) },
    ],
    ["finished with nothing answered", { [session]: state({ finished: true }) }],
    [
      "play state of another quiz's questions",
      { [session]: state({ questionIds: ["q-a", "q-b"] }) },
    ],
    ["answers that are a list", { [session]: state({ answers: [1, 2] }) }],
    [
      "a last-session that names no quiz",
      { "nklabor:last-session": "code:%%%", [session]: state({ finished: true }) },
    ],
    [
      "drafts that are not JSON, and a current draft that does not exist",
      { "nklabor:drafts": "[{", "nklabor:current-draft": "nope" },
    ],
    [
      "drafts of another version and a count over the limit",
      {
        "nklabor:drafts": JSON.stringify([
          { id: "d-old", updated: 1, spec: { version: 7, seed: "x", title: "Old term quiz" } },
          { id: "d-big", updated: 2, spec: { version: 1, seed: "y", title: "Huge", count: 5000 } },
          "junk",
          null,
        ]),
      },
    ],
    ["drafts an object, not a list", { "nklabor:drafts": '{"a":1}' }],
  ];
  return kinds.map(([name, entries]) => ({
    name,
    entries: {
      ...entries,
      ...("nklabor:last-session" in entries ? {} : { "nklabor:last-session": key }),
    },
  }));
}
