import {
  joined,
  MAX_JSON_LENGTH,
  packedBytes,
  SLICE,
  undecompressable,
  unpackedData,
} from "./share-code.js";
import type { QuizSpec } from "./spec.js";
import { invalid, parseShape } from "./spec-parse.js";

/*
 * parseSpec and decodeSpec for browsers, where what a page loads counts: no inflater bundled (the
 * platform's DecompressionStream), and the bundled facts loaded only for a spec with its own.
 */

/**
 * `parseSpec`, loading the bundled facts only for a spec with facts of its own (the one rule that
 * reads them): for a browser, where a link of the teacher's own questions then loads no facts.
 */
export async function parseSpecAsync(input: unknown): Promise<QuizSpec> {
  const spec = parseShape(input);
  if (spec.customFacts === undefined) return spec;
  const checked = (await import("./spec-facts.js")).checkCustomFacts(spec);
  if (!checked.ok) throw invalid(checked.issues);
  return checked.spec;
}

/**
 * `decodeSpec` for browsers: inflates with the platform's DecompressionStream (no inflater in the
 * bundle) and loads the bundled facts only for a spec with facts of its own (`parseSpecAsync`).
 * The same spec, or the same QuizSpecError, as `decodeSpec`; the promise never rejects with another.
 */
export async function decodeSpecAsync(code: string): Promise<QuizSpec> {
  const deflated = packedBytes(code);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await inflateStreamWithin(deflated, MAX_JSON_LENGTH);
  } catch (cause) {
    throw undecompressable(cause);
  }
  return parseSpecAsync(unpackedData(bytes));
}

/**
 * `inflateWithin` with the platform's DecompressionStream("deflate-raw"): the input goes in 1 KB
 * slices as the inflater asks for them, and reading stops (the stream cancelled) as soon as the
 * output passes `limit`, so a deflate bomb is not unpacked whole here either.
 */
async function inflateStreamWithin(
  bytes: Uint8Array,
  limit: number,
): Promise<Uint8Array | undefined> {
  let at = 0;
  const input = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + SLICE));
      at += SLICE;
    },
  });
  // DOM and Node type the inflater's input as BufferSource, which a Uint8Array is.
  const inflater = new DecompressionStream("deflate-raw") as unknown as TransformStream<
    Uint8Array,
    Uint8Array
  >;
  const reader = input.pipeThrough(inflater).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    parts.push(value);
  }
  return joined(parts, total);
}
