import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { READY_QUIZZES } from "./src/home/ready.js";

/*
 * The ready-made quizzes are generated when the app is built (the same spec and seed always give the
 * same quiz), so Home and Play load no quiz engine; share links load it lazily.
 */
function readyQuizzes(): Plugin {
  return {
    name: "nklabor-ready-quizzes",
    async buildStart() {
      const { generateQuiz, newSpec } = await import("@nklabor/quiz");
      const dir = join(import.meta.dirname, "public", "quizzes");
      mkdirSync(dir, { recursive: true });
      for (const ready of READY_QUIZZES) {
        const quiz = generateQuiz(
          newSpec(ready.seed, {
            title: ready.title,
            count: ready.count,
            topics: [...ready.topics],
          }),
        );
        writeFileSync(join(dir, `${ready.id}.json`), JSON.stringify(quiz));
      }
    },
  };
}

/** A Content-Security-Policy for the built site: no inline script, nothing from elsewhere. */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return {
    name: "nklabor-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: policy },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Relative asset paths: the site works from any sub-path (GitHub Pages and the like).
  base: "./",
  plugins: [react(), readyQuizzes(), contentSecurityPolicy()],
  resolve: { conditions: ["@nklabor/source"] },
  build: {
    target: "es2022",
    manifest: true,
    // The preload polyfill is an inline script; every supported browser has modulepreload.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
