import { deflateSync, Inflate, strToU8 } from "fflate";
import { QuizSpecError } from "./errors.js";
import {
  joined,
  MAX_JSON_LENGTH,
  MAX_SHARE_CODE_LENGTH,
  PREFIX,
  packedBytes,
  SLICE,
  toBase64Url,
  undecompressable,
  unpackedData,
} from "./share-code.js";
import type { QuizSpec, QuizSpecInput } from "./spec.js";
import { checkCustomFacts } from "./spec-facts.js";
import { invalid, parseShape } from "./spec-parse.js";

export { MAX_SHARE_CODE_LENGTH } from "./share-code.js";

/** Validates a spec from outside (a file, a form): the spec with its defaults, or a QuizSpecError. */
export function parseSpec(input: unknown): QuizSpec {
  const checked = checkCustomFacts(parseShape(input));
  if (!checked.ok) throw invalid(checked.issues);
  return checked.spec;
}

/**
 * Raw-inflates, stopping as soon as the output passes `limit` bytes (undefined then): fed in
 * slices of 1 KB, so a deflate bomb is never unpacked whole (deflate expands at most about 1,032
 * times, so at most about 1 MB past the limit). Smaller slices cost more than they save: each push
 * allocates the inflater's 160 KB window again (64-byte slices made a long code 10 times slower).
 */
export function inflateWithin(bytes: Uint8Array, limit: number): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) parts.push(chunk);
  });
  for (let at = 0; at < bytes.length && total <= limit; at += SLICE)
    inflate.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  if (total > limit) return undefined;
  return joined(parts, total);
}

/** A compact, URL-safe code for a spec (raw-deflated JSON in base64url). Works in browsers and Node. */
export function encodeSpec(spec: QuizSpec | QuizSpecInput): string {
  const valid = parseSpec(spec);
  const code = PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(valid)), { level: 9 }));
  if (code.length > MAX_SHARE_CODE_LENGTH) {
    throw new QuizSpecError(
      "TOO_LARGE",
      `This quiz is too large to share as a link (${code.length} characters; the limit is ${MAX_SHARE_CODE_LENGTH}). Export it as a file instead.`,
    );
  }
  return code;
}

/** The spec a share code carries, validated; anything else is a QuizSpecError, never another error. */
export function decodeSpec(code: string): QuizSpec {
  const deflated = packedBytes(code);
  let bytes: Uint8Array | undefined;
  try {
    bytes = inflateWithin(deflated, MAX_JSON_LENGTH);
  } catch (cause) {
    throw undecompressable(cause);
  }
  return parseSpec(unpackedData(bytes));
}
