// The results code of a quiz played from a teacher's link: loaded when the student asks for it
// (it brings the spec's reader and the results code's writer).
import { encodeResult, type Quiz, resultOf } from "@nklabor/quiz";
import { specFromCode } from "../link.js";
import type { PlayState } from "../session.js";

/** The results code of these answers to the quiz of this share code, finished when last saved. */
export async function resultsCodeOf(
  code: string,
  quiz: Quiz,
  state: PlayState,
  name: string,
): Promise<string> {
  const read = await specFromCode(code);
  if (!read.ok) throw new Error(read.message);
  return encodeResult(
    resultOf(read.spec, quiz, state.answers, { name, finished: new Date(state.updated) }),
  );
}
