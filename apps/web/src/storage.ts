import type { Answer, Quiz } from "@nklabor/quiz";

/** A quiz being played: everything needed to resume it after a reload. */
export interface Session {
  readonly version: 1;
  /** Where the quiz came from: "ready:mix" or "code:1N..." */
  readonly key: string;
  readonly quiz: Quiz;
  readonly index: number;
  readonly answers: Readonly<Record<string, Answer>>;
  /** Questions whose answer was checked (feedback shown) or whose time ran out. */
  readonly done: Readonly<Record<string, "answered" | "time-up">>;
  /** When the current question's time runs out (ms since epoch), for timed quizzes. */
  readonly deadline?: number | undefined;
  readonly finished: boolean;
}

const PREFIX = "nklabor:session:";
const LAST = "nklabor:last-session";

export function loadSession(key: string): Session | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as Session;
    return session.version === 1 && session.key === key && Array.isArray(session.quiz?.questions)
      ? session
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  try {
    localStorage.setItem(PREFIX + session.key, JSON.stringify(session));
    localStorage.setItem(LAST, session.key);
  } catch {
    // Storage full or blocked (private mode): the quiz still works, it just will not resume.
  }
}

export function clearSession(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

export function lastSession(): Session | undefined {
  try {
    const key = localStorage.getItem(LAST);
    return key ? loadSession(key) : undefined;
  } catch {
    return undefined;
  }
}
