import { bench, describe } from "vitest";
import { newSpec } from "./defaults.js";
import { generateQuiz, questionBank } from "./generate.js";
import { syntheticPack } from "./synthetic-pack.js";

let n = 0;
describe("bundled facts", () => {
  bench("generate a 20-question quiz (target: under 20 ms median)", () => {
    generateQuiz(newSpec(`bench-${n++ % 100}`, { count: 20 }));
  });
  bench("build the whole question bank (target: under 50 ms)", () => {
    questionBank(newSpec(`bench-${n++ % 100}`));
  });
});

// Each pack is passed as a fresh object, so its index is built again: the cost a new pack has.
describe("synthetic fact packs: a 20-question quiz, index included (target: linear growth)", () => {
  for (const size of [1_000, 10_000, 100_000]) {
    const pack = syntheticPack(size);
    bench(
      `${size.toLocaleString("en-US")} facts`,
      () => {
        generateQuiz(newSpec(`bench-${n++ % 100}`, { count: 20, customFacts: { ...pack } }));
      },
      { iterations: size >= 100_000 ? 5 : 20, time: size >= 100_000 ? 0 : 500 },
    );
  }
});
