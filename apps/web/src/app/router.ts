import { useSyncExternalStore } from "react";

/** Routes live in the hash (#/play/...), so the static site works from any sub-path. */
export type Route =
  | { readonly page: "home" }
  | {
      readonly page: "play";
      readonly source:
        | { readonly kind: "ready"; readonly id: string }
        | { readonly kind: "code"; readonly code: string };
      /**
       * `#/play/CODE/start`: open on the first question, not the start screen, when this browser
       * holds no progress in the quiz (saved progress still resumes, and a finished quiz shows its
       * start screen, so nothing is lost).
       */
      readonly start: boolean;
    }
  | { readonly page: "results" }
  | { readonly page: "facts" }
  | { readonly page: "build" }
  | { readonly page: "print"; readonly code: string }
  /** A teacher's class results: of the quiz whose share code it carries, if any. */
  | { readonly page: "class"; readonly code?: string | undefined }
  | { readonly page: "not-found"; readonly path: string };

/** Percent-decoding that never throws: a malformed "%E0%A4%A" is kept as typed, and the page says it is damaged. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The last part of a play link that opens on the first question. */
const START = "start";

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "") || "/";
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return { page: "home" };
  const [first, second, third, fourth] = parts;
  if (
    first === "play" &&
    second === "ready" &&
    third &&
    parts.length <= 4 &&
    (!fourth || fourth === START)
  )
    return { page: "play", source: { kind: "ready", id: third }, start: fourth === START };
  if (first === "play" && second && parts.length <= 3 && (!third || third === START))
    return {
      page: "play",
      source: { kind: "code", code: decoded(second) },
      start: third === START,
    };
  if (first === "results" && parts.length === 1) return { page: "results" };
  if (first === "facts" && parts.length === 1) return { page: "facts" };
  if (first === "build" && parts.length === 1) return { page: "build" };
  if (first === "print" && second) return { page: "print", code: decoded(second) };
  if (first === "class" && parts.length <= 2)
    return second ? { page: "class", code: decoded(second) } : { page: "class" };
  return { page: "not-found", path };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export const href = {
  home: "#/",
  ready: (id: string, start = false) => `#/play/ready/${id}${start ? `/${START}` : ""}`,
  code: (code: string, start = false) => `#/play/${code}${start ? `/${START}` : ""}`,
  results: "#/results",
  facts: "#/facts",
  build: "#/build",
  print: (code: string) => `#/print/${code}`,
  classResults: (code?: string) => (code ? `#/class/${code}` : "#/class"),
};

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, "");
}
