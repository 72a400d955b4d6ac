import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import pkg from "./package.json" with { type: "json" };
import { READY_QUIZZES, readyKey } from "./src/home/ready.js";
import { LANG_KEY } from "./src/i18n/lang.js";

/*
 * The ready-made quizzes are generated when the app is built (the same spec and seed always give the
 * same quiz), so Home and Play load no quiz engine; share links load it lazily.
 */
function readyQuizzes(): Plugin {
  return {
    name: "nklabor-ready-quizzes",
    async buildStart() {
      const { generateQuiz, loadVoice, newSpec } = await import("@nklabor/quiz");
      const dir = join(import.meta.dirname, "public", "quizzes");
      mkdirSync(dir, { recursive: true });
      // Each in English (ID.json), Korean (ID.ko.json) and Russian (ID.ru.json): the same
      // questions in each language, titled as the home page titles them.
      const titles = {
        ko: (await import("./src/i18n/messages/compiled/ko.js")).messages,
        ru: (await import("./src/i18n/messages/compiled/ru.js")).messages,
      };
      for (const ready of READY_QUIZZES) {
        const spec = newSpec(ready.seed, {
          title: ready.title,
          count: ready.count,
          topics: [...ready.topics],
        });
        writeFileSync(join(dir, `${ready.id}.json`), JSON.stringify(generateQuiz(spec)));
        for (const lang of ["ko", "ru"] as const) {
          const title = titles[lang].readyTitle(readyKey(ready.id));
          const quiz = generateQuiz({ ...spec, title, language: lang }, await loadVoice(lang));
          writeFileSync(join(dir, `${ready.id}.${lang}.json`), JSON.stringify(quiz));
        }
      }
    },
  };
}

/**
 * A play link's first question should not wait for React to render before its quiz is fetched.
 * This inline script, run as the page is parsed, starts the fetch at once: for a ready quiz its
 * JSON (a fetch preload the app's fetch then uses), for a share link the chunks that read it
 * (modulepreload). Other pages fetch nothing more.
 */
function bootScript(
  readyIds: readonly string[],
  linkFiles: readonly string[],
  wordFiles: Readonly<Record<string, string>>,
): string {
  return `(function(){var w=${JSON.stringify(wordFiles)}[readyFile().slice(1)||"en"];if(w&&!/[?&]pseudo/.test(location.search))add("modulepreload",w);var m=/^#\\/play\\/(ready\\/)?([^/]+)/.exec(location.hash);if(!m)return;function readyFile(){var l;try{l=new URLSearchParams(location.search).get("lang")||localStorage.getItem(${JSON.stringify(LANG_KEY)})||""}catch(e){l=""}if(!/^(en|ko|ru)$/.test(l)){var n=navigator.languages||[];l="en";for(var i=0;i<n.length;i++){var p=String(n[i]).split(/[-_]/)[0].toLowerCase();if(/^(en|ko|ru)$/.test(p)){l=p;break}}}return l==="en"?"":"."+l}function add(rel,href,as){var l=document.createElement("link");l.rel=rel;l.href=href;if(as){l.as=as;l.crossOrigin="anonymous"}document.head.appendChild(l)}if(m[1]){if(${JSON.stringify(readyIds)}.indexOf(m[2])>=0)add("preload","./quizzes/"+m[2]+readyFile()+".json","fetch")}else ${JSON.stringify(linkFiles)}.forEach(function(f){add("modulepreload",f)})})()`;
}

/** The modules of the questions' chunk (src/play/Play.tsx and what only it and Results use). */
const QUESTIONS =
  /apps[\\/]web[\\/]src[\\/](play[\\/](Play|AnswerInput|progress|number-input)|shared[\\/](Sources|describe|quiz-labels))\.tsx?$/;

/** The chunk a share link needs first, and the chunks it imports. */
const LINK_MODULE = "src/play/link.ts";

/**
 * The built page's head: the boot script above and a Content-Security-Policy (no script but the
 * site's own and that one, by its hash; nothing from elsewhere).
 */
function pageHead(): Plugin {
  return {
    name: "nklabor-page-head",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const link = chunks.find((c) => c.facadeModuleId?.endsWith(LINK_MODULE));
        if (!link) throw new Error(`no chunk for ${LINK_MODULE}`);
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = chunks.find((c) => c.fileName === file);
          for (const imported of chunk?.imports ?? []) add(imported);
        };
        add(link.fileName);
        const entry = chunks.find((c) => c.isEntry);
        for (const file of [entry?.fileName, ...(entry?.imports ?? [])])
          if (file) files.delete(file);
        // The app's words in each language (src/i18n's catalog): the page's language's is fetched first.
        const wordFiles = Object.fromEntries(
          ["en", "ko", "ru"].map((lang) => {
            const chunk = chunks.find((c) =>
              c.facadeModuleId?.endsWith(`src/i18n/messages/compiled/${lang}.ts`),
            );
            if (!chunk) throw new Error(`no chunk for the ${lang} words`);
            return [lang, `./${chunk.fileName}`];
          }),
        );
        const script = bootScript(
          READY_QUIZZES.map((q) => q.id),
          [...files].map((f) => `./${f}`),
          wordFiles,
        );
        const hash = createHash("sha256").update(script).digest("base64");
        const policy = [
          "default-src 'self'",
          `script-src 'self' 'sha256-${hash}'`,
          "style-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "font-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'none'",
        ].join("; ");
        return [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: policy },
            injectTo: "head-prepend",
          },
          { tag: "script", children: script, injectTo: "head" },
        ];
      },
    },
  };
}

/**
 * This build's version, shown in the footer: the app's and, when the build is given one
 * (`NKLABOR_BUILD=<commit or date> pnpm build`), that too. A different build id gives different
 * files, which is how the update journey deploys a second version.
 */
const version = process.env.NKLABOR_BUILD
  ? `${pkg.version} (${process.env.NKLABOR_BUILD})`
  : pkg.version;

/**
 * The service worker (Workbox, generated at build time): every file of the built site is
 * precached after the first visit (the shell, each chunk, the ready quizzes in each language, the
 * engine and the facts), so the app, a ready quiz, a teacher's link and Build work offline. A new
 * version waits until the user reloads from the app's notice (src/app/service-worker.ts registers
 * it; `registerType: "prompt"` and no `skipWaiting`), so it is never swapped under a quiz.
 */
function offline() {
  return VitePWA({
    strategies: "generateSW",
    registerType: "prompt",
    // The app registers the worker itself (src/app/service-worker.ts), with no workbox-window.
    injectRegister: false,
    // public/manifest.webmanifest is the app's manifest.
    manifest: false,
    filename: "sw.js",
    workbox: {
      globPatterns: ["**/*.{js,css,html,json,svg,png,webmanifest}"],
      // The build's own manifest is for the budget script; the pseudo-locale is for testing.
      globIgnores: [".vite/**", "**/pseudo-*.js"],
      // Every page is index.html under a hash route; `?lang=ko` and the like are the same page.
      // Not the API reference (api/, which `pnpm docs` adds to the site): it is read online.
      navigateFallback: "index.html",
      navigateFallbackDenylist: [/\/api(\/|$)/],
      // One file: no workbox-*.js beside it.
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      // The first install takes the open page at once (nothing to update from); an update waits.
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}

export default defineConfig({
  // Relative asset paths: the site works from any sub-path (GitHub Pages and the like).
  base: "./",
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [react(), readyQuizzes(), pageHead(), offline()],
  resolve: { conditions: ["@nklabor/source"] },
  build: {
    target: "es2022",
    manifest: true,
    // The preload polyfill is an inline script; every supported browser has modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The questions and their feedback (PlayLoader's lazy chunk) as one chunk, not four small
        // ones (Results shares some): about half a KB less to fetch before a first question. Their
        // dependencies stay where they are (the entry's in the entry).
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: "questions", test: QUESTIONS }],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
