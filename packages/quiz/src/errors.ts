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

export interface SpecIssue {
  readonly path: readonly (string | number)[];
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
