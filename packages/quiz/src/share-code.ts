import { QuizSpecError } from "./errors.js";

/*
 * The share code's form, for decodeSpec (share.ts, fflate) and decodeSpecAsync (share-async.ts,
 * the platform's inflater): base64url of raw-deflated JSON after a version prefix.
 */

/** Share codes start with their format version, so old links can be told from broken ones. */
export const PREFIX = "1";
/** A share code longer than this would not survive a URL in most tools (and a QR code). */
export const MAX_SHARE_CODE_LENGTH = 12_000;
/** No spec unpacks to more: a code that does is not opened. */
export const MAX_JSON_LENGTH = 200_000;

/** Input fed to the inflater at a time: it stops within one slice past the limit. */
export const SLICE = 1024;

export function joined(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Base64url (RFC 4648 section 5, no padding): safe in a URL path, query or fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The deflated bytes a share code carries, once its form is checked. */
export function packedBytes(code: string): Uint8Array {
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
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(trimmed.slice(PREFIX.length));
  } catch (cause) {
    // atob refuses a length no base64 text has (one character past a multiple of four).
    throw undecompressable(cause);
  }
  if (bytes.length === 0) throw unpacksToNothing();
  return bytes;
}

const unpacksToNothing = () =>
  new QuizSpecError("BAD_ENCODING", "The quiz link is damaged: it unpacks to nothing.");

export const undecompressable = (cause: unknown) =>
  new QuizSpecError("BAD_ENCODING", "The quiz link is damaged: it does not decompress.", {
    cause,
  });

/** The JSON value of inflated bytes (undefined: past the limit). */
export function unpackedData(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) {
    throw new QuizSpecError(
      "TOO_LARGE",
      `The quiz link unpacks to more than ${MAX_JSON_LENGTH.toLocaleString("en-US")} characters: no quiz is that large, so it was not opened.`,
    );
  }
  const json = new TextDecoder().decode(bytes);
  if (!json) throw unpacksToNothing();
  try {
    return JSON.parse(json);
  } catch (cause) {
    throw new QuizSpecError(
      "BAD_ENCODING",
      "The quiz link is damaged: its content is not readable.",
      { cause },
    );
  }
}
