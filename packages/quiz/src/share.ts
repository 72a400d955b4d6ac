import { deflateSync, Inflate, strFromU8, strToU8 } from "fflate";
import { QuizSpecError } from "./errors.js";
import { QuizSpec, type QuizSpecInput } from "./spec.js";

/** Share codes start with their format version, so old links can be told from broken ones. */
const PREFIX = "1";
/** A share code longer than this would not survive a URL in most tools (and a QR code). */
export const MAX_SHARE_CODE_LENGTH = 12_000;
const MAX_JSON_LENGTH = 200_000;

/** Validates a spec from outside (a file, a form): the spec with its defaults, or a QuizSpecError. */
export function parseSpec(input: unknown): QuizSpec {
  if (typeof input === "object" && input !== null && "version" in input && input.version !== 1) {
    throw new QuizSpecError(
      "UNSUPPORTED_VERSION",
      `This quiz was made for spec ${describeVersion(input.version)}; this version of nklabor reads version 1 (the number).`,
    );
  }
  let result: ReturnType<typeof QuizSpec.safeParse>;
  try {
    result = QuizSpec.safeParse(input);
  } catch (cause) {
    // A value no spec holds (an array nested thousands deep) can overflow the validator's stack.
    throw new QuizSpecError(
      "INVALID_SPEC",
      "The quiz spec is not valid: it is nested too deeply to be a quiz spec.",
      { cause },
    );
  }
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    // zod names every unknown key in full: a spec may hold a 100,000-character one.
    message: clip(
      i.code === "unrecognized_keys" ? `unknown field(s) ${listKeys(i.keys)}` : i.message,
      MAX_ISSUE_LENGTH,
    ),
  }));
  throw new QuizSpecError("INVALID_SPEC", `The quiz spec is not valid: ${summarize(issues)}.`, {
    issues,
  });
}

/** How long one issue may be said, and all of them in an error's message. */
const MAX_ISSUE_LENGTH = 300;
const MAX_SUMMARY_LENGTH = 300;

/** The first issues, as many as fit a sentence a person reads; the rest counted. */
function summarize(issues: readonly { path: readonly (string | number)[]; message: string }[]) {
  const shown: string[] = [];
  let length = 0;
  for (const issue of issues) {
    const line = clip(`${issue.path.join(".") || "spec"}: ${issue.message}`, 120);
    if (shown.length > 0 && length + line.length > MAX_SUMMARY_LENGTH) break;
    shown.push(line);
    length += line.length + 2;
  }
  const more = issues.length - shown.length;
  return `${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => JSON.stringify(clip(k, 40)));
  return keys.length > 5 ? `${shown.join(", ")} and ${keys.length - 5} more` : shown.join(", ");
}

/** What a version field holds, said safely and briefly: `version 2`, `version "1" (text)`, `an unreadable version`. */
function describeVersion(version: unknown): string {
  if (typeof version === "number") return `version ${String(version).slice(0, 20)}`;
  if (typeof version === "string")
    return `version "${version.slice(0, 20)}${version.length > 20 ? "…" : ""}" (text)`;
  return "a version that is not a number";
}

/** Input fed to the inflater at a time: it stops within one slice past the limit. */
const SLICE = 1024;

/**
 * Raw-inflates, stopping as soon as the output passes `limit` bytes (undefined then): fed in
 * slices of 1 KB, so a deflate bomb is never unpacked whole (deflate expands at most about 1,032
 * times, so at most about 1 MB past the limit). Smaller slices cost more than they save: each push
 * allocates the inflater's 160 KB window again (64-byte slices made a long code 10 times slower).
 */
function inflateWithin(bytes: Uint8Array, limit: number): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= limit) parts.push(chunk);
  });
  for (let at = 0; at < bytes.length && total <= limit; at += SLICE)
    inflate.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  if (total > limit) return undefined;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Base64url (RFC 4648 section 5, no padding): safe in a URL path, query or fragment. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
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
  if (typeof code !== "string" || code.trim() === "") {
    throw new QuizSpecError("BAD_ENCODING", "The quiz link is empty.");
  }
  const trimmed = code.trim();
  if (trimmed.length > MAX_SHARE_CODE_LENGTH) {
    throw new QuizSpecError(
      "TOO_LARGE",
      `The quiz link is too long (${trimmed.length} characters; at most ${MAX_SHARE_CODE_LENGTH}).`,
    );
  }
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed)) {
    throw new QuizSpecError(
      "BAD_ENCODING",
      "The quiz link has characters a share code never contains: it may have been cut or changed when copied.",
    );
  }
  if (!trimmed.startsWith(PREFIX)) {
    throw new QuizSpecError(
      "UNSUPPORTED_VERSION",
      "This quiz link was made by a different version of nklabor and cannot be opened here.",
    );
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = inflateWithin(fromBase64Url(trimmed.slice(PREFIX.length)), MAX_JSON_LENGTH);
  } catch (cause) {
    throw new QuizSpecError("BAD_ENCODING", "The quiz link is damaged: it does not decompress.", {
      cause,
    });
  }
  if (bytes === undefined) {
    throw new QuizSpecError(
      "TOO_LARGE",
      `The quiz link unpacks to more than ${MAX_JSON_LENGTH.toLocaleString("en-US")} characters: no quiz is that large, so it was not opened.`,
    );
  }
  const json = strFromU8(bytes);
  if (!json) {
    throw new QuizSpecError("BAD_ENCODING", "The quiz link is damaged: it unpacks to nothing.");
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (cause) {
    throw new QuizSpecError(
      "BAD_ENCODING",
      "The quiz link is damaged: its content is not readable.",
      { cause },
    );
  }
  return parseSpec(data);
}
