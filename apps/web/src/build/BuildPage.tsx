import { generateQuiz, newSpec, type QuizSpec } from "@nklabor/quiz";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Saved } from "../app/storage.js";
import { useLang, useT } from "../i18n/i18n.js";
import { downloadSpec } from "../shared/download.js";
import { useVoice } from "../shared/voice.js";
import { ChoicesPanel } from "./ChoicesPanel.js";
import { DraftsPanel } from "./DraftsPanel.js";
import {
  type BrokenDraft,
  currentDraftId,
  type Draft,
  freshSeed,
  loadDrafts,
  newDraft,
  saveDrafts,
} from "./drafts.js";
import { FactsChoicePanel } from "./FactsChoicePanel.js";
import { FilesPanel } from "./FilesPanel.js";
import { OwnFactsPanel } from "./OwnFactsPanel.js";
import { OwnQuestionsPanel } from "./OwnQuestionsPanel.js";
import { MAX_FILE_BYTES, readSpecFile } from "./open-file.js";
import { PreviewPanel } from "./PreviewPanel.js";
import { SharePanel } from "./SharePanel.js";
import { useWords } from "./words.js";

/**
 * Teachers build a quiz: the choices on one side, the live preview on the other (one column on a
 * phone); drafts save themselves in this browser. Every change to a spec goes through the spec
 * operations of @nklabor/quiz; the panels only show and ask.
 */
export default function BuildPage() {
  const t = useT();
  const w = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const [initial] = useState(() => loadDrafts());
  // A new draft's questions are in the page's language.
  const { lang } = useLang();
  const fresh = () => newDraft(newSpec(freshSeed(), { language: lang }));
  const [drafts, setDrafts] = useState<readonly Draft[]>(() =>
    initial.drafts.length > 0 ? initial.drafts : [fresh()],
  );
  const [broken, setBroken] = useState<readonly BrokenDraft[]>(initial.broken);
  const [currentId, setCurrentId] = useState(() => {
    const wanted = currentDraftId();
    return drafts.some((d) => d.id === wanted) ? (wanted as string) : (drafts[0] as Draft).id;
  });
  const [deleted, setDeleted] = useState<Draft | BrokenDraft | undefined>();
  const [saved, setSaved] = useState<Saved>("saved");
  const [opened, setOpened] = useState<
    | { readonly ok: false; readonly lines: readonly string[] }
    | { readonly ok: true; readonly title: string }
    | undefined
  >();
  const current = drafts.find((d) => d.id === currentId) ?? (drafts[0] as Draft);
  const spec = current.spec;
  const change = (update: (s: QuizSpec) => QuizSpec) =>
    setDrafts((list) =>
      list.map((d) =>
        d.id === current.id ? { ...d, spec: update(d.spec), updated: Date.now() } : d,
      ),
    );
  useEffect(() => heading.current?.focus(), []);
  // Drafts save on every change; when they cannot be, the page says so and keeps them in memory.
  useEffect(() => setSaved(saveDrafts(drafts, broken, current.id)), [drafts, broken, current.id]);
  // The quiz is made once per change of the spec: the preview and the exports share it.
  // In the questions' language: Korean or Russian words load when a draft first asks for them.
  const voice = useVoice(spec.language);
  const quiz = useMemo(() => generateQuiz(spec, voice), [spec, voice]);

  const add = (draft: Draft) => {
    setDrafts((list) => [draft, ...list]);
    setCurrentId(draft.id);
  };
  const openFile = async (file: File) => {
    const opened =
      file.size > MAX_FILE_BYTES
        ? readSpecFile(w, file.name, file.size, "")
        : readSpecFile(w, file.name, file.size, await file.text());
    if (!opened.ok) return setOpened(opened);
    // A new draft, never over the open one: nothing the teacher had is replaced.
    add(newDraft(opened.spec));
    setOpened({ ok: true, title: opened.spec.title });
  };

  return (
    <div className="build">
      <h1 ref={heading} tabIndex={-1}>
        {w.heading()}
      </h1>
      <p>{w.intro()}</p>
      {initial.unreadable && (
        <p role="alert" className="warning">
          {w.draftsUnreadable()}
        </p>
      )}
      {saved !== "saved" && (
        <div role="alert" className="warning">
          <p>{w.changesNotSaved({ reason: t.notSavedReason({ why: saved }) })}</p>
          <button type="button" onClick={() => downloadSpec(spec)}>
            {w.saveAsFile()}
          </button>
        </div>
      )}
      <div className="build-columns">
        <div className="build-choices">
          <ChoicesPanel
            spec={spec}
            title={quiz.title}
            onChange={change}
            onNewQuestions={() => change((s) => ({ ...s, seed: freshSeed(), order: [] }))}
          />
          <SharePanel spec={spec} />
          <FactsChoicePanel spec={spec} onChange={change} />
          <OwnFactsPanel spec={spec} onChange={change} />
          <OwnQuestionsPanel spec={spec} onChange={change} />
          <FilesPanel spec={spec} quiz={quiz} onOpenFile={openFile} opened={opened} />
          <DraftsPanel
            drafts={drafts}
            broken={broken}
            current={current}
            deleted={deleted}
            onOpen={(d) => setCurrentId(d.id)}
            onNew={() => add(fresh())}
            onDuplicate={(d) =>
              add(
                newDraft({ ...d.spec, title: w.copyTitle({ title: d.spec.title }).slice(0, 120) }),
              )
            }
            onDelete={(d) => {
              setDeleted(d);
              if ("problem" in d) {
                setBroken((list) => list.filter((b) => b.id !== d.id));
                return;
              }
              const rest = drafts.filter((x) => x.id !== d.id);
              const list = rest.length > 0 ? rest : [fresh()];
              setDrafts(list);
              if (d.id === current.id) setCurrentId((list[0] as Draft).id);
            }}
            onUndo={() => {
              if (!deleted) return;
              if ("problem" in deleted) setBroken((list) => [deleted, ...list]);
              else add(deleted);
              setDeleted(undefined);
            }}
          />
        </div>
        <PreviewPanel spec={spec} quiz={quiz} onChange={change} />
      </div>
    </div>
  );
}
