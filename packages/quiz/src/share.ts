import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
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
      `This quiz was made for spec version ${String(input.version)}; this version of nklabor reads version 1.`,
    );
  }
  const result = QuizSpec.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: i.message,
  }));
  const list = issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "spec"}: ${i.message}`)
    .join("; ");
  throw new QuizSpecError(
    "INVALID_SPEC",
    `The quiz spec is not valid: ${list}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ""}.`,
    { issues },
  );
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
  let json: string;
  try {
    json = strFromU8(inflateSync(fromBase64Url(trimmed.slice(PREFIX.length))));
  } catch (cause) {
    throw new QuizSpecError("BAD_ENCODING", "The quiz link is damaged: it does not decompress.", {
      cause,
    });
  }
  if (!json || json.length > MAX_JSON_LENGTH) {
    throw new QuizSpecError("BAD_ENCODING", "The quiz link is damaged: it does not decompress.");
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
