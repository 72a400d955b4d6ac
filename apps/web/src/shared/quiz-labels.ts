import type { Language } from "@nklabor/facts";
import { ENGLISH_LABELS, type Labels, loadLabels } from "@nklabor/quiz";
import { use, useEffect, useState } from "react";
import { settled, tracked } from "../app/tracked.js";

/*
 * The words around a quiz's questions in its language (True and False, an answer with its unit, a
 * citation's date): apart from voice.ts, which brings the engine, so the play page can use them.
 */

const labelsReady = new Map<Language, Labels>([["en", ENGLISH_LABELS]]);
// One promise a language, read with `use` every time (app/tracked.ts says why).
const labelsPending = new Map<Language, Promise<Labels>>([["en", settled(ENGLISH_LABELS)]]);

/**
 * The words around a quiz's questions in its language (True and False, an answer with its unit,
 * a citation's date): English at once, others loaded once; a failed load gives English.
 */
export function useLabels(lang: Language): Labels {
  return use(preloadLabels(lang));
}

/**
 * The same without suspending, for the play page (which must not wait): English until the
 * language's labels arrive (loading starts at once; a question's feedback comes after an answer).
 */
export function useLabelsSoon(lang: Language): Labels {
  const [labels, setLabels] = useState(() => labelsReady.get(lang) ?? ENGLISH_LABELS);
  useEffect(() => {
    let live = true;
    preloadLabels(lang).then((loaded) => live && setLabels(loaded));
    return () => {
      live = false;
    };
  }, [lang]);
  return labels;
}

function preloadLabels(lang: Language): Promise<Labels> {
  let pending = labelsPending.get(lang);
  if (!pending) {
    pending = tracked(
      loadLabels(lang).then(
        (labels) => {
          labelsReady.set(lang, labels);
          return labels;
        },
        () => ENGLISH_LABELS,
      ),
    );
    labelsPending.set(lang, pending);
  }
  return pending;
}
