/**
 * Why a {@link QuizSpecError} was thrown: a share code that cannot be read, is of another version
 * or is too long; a spec that is not valid; or a Korean or Russian quiz asked for before its
 * language was loaded.
 */
export type QuizSpecErrorCode =
  /** Not a share code: wrong characters, or it does not decompress to JSON. */
  | "BAD_ENCODING"
  /** A share code or spec from a newer (or unknown) version of nklabor. */
  | "UNSUPPORTED_VERSION"
  /** Longer than a share link may be. */
  | "TOO_LARGE"
  /** Decodes, but is not a valid spec: see `issues`. */
  | "INVALID_SPEC"
  /** A quiz in Korean or Russian asked for without its language loaded: `await loadVoice(lang)` first. */
  | "LANGUAGE_NOT_LOADED";

/** One reason a spec is not valid, in a {@link QuizSpecError}'s `issues`. */
export interface SpecIssue {
  /** Where in the spec: field names and array indices (`["customQuestions", 0, "prompt"]`); empty for the whole spec. */
  readonly path: readonly (string | number)[];
  /** What is wrong there, in English. */
  readonly message: string;
}

/** The one error the spec and share-code functions throw; switch on `code`. */
export class QuizSpecError extends Error {
  override readonly name = "QuizSpecError";
  readonly code: QuizSpecErrorCode;
  readonly issues: readonly SpecIssue[];
  override readonly cause?: unknown;

  constructor(
    code: QuizSpecErrorCode,
    message: string,
    options: { issues?: readonly SpecIssue[]; cause?: unknown } = {},
  ) {
    super(message);
    this.code = code;
    this.issues = options.issues ?? [];
    if (options.cause !== undefined) this.cause = options.cause;
  }
}
