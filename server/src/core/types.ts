// The detector core's vocabulary. Nothing here knows about editors, LSP or files:
// the language server, the CLI and the tests all speak in these terms.

/** Stable identifier-type ids. They are the diagnostics' `code`, the CLI's `type` and the settings' keys. */
export type IdentifierType =
  | 'cpr'
  | 'name'
  | 'address'
  | 'phone'
  | 'email'
  | 'cvr'
  | 'iban'
  | 'card'
  | 'date-of-birth'
  | 'ecpr'
  | 'cpr-substitute'
  /** A user-defined pattern (`skjold.customPatterns`); Finding.name holds the pattern's name. */
  | 'custom';

/** One rule that contributed to a finding, in words a user can read. Never contains the identifier itself. */
export interface Reason {
  /** Machine-readable rule id, e.g. `cpr.date`, `cpr.mod11`, `context.word`. */
  rule: string;
  /** Human-readable explanation, e.g. "real date 1 January 1980 (century from the 7th digit)". */
  text: string;
  /** Effect on the confidence (+ raises, - lowers); informative. */
  weight?: number;
  /**
   * The English text as a template with {0}, {1}… placeholders, and its arguments, when the text has variable
   * parts (a cue word, a century). The server translates the template (l10n bundles) and fills in the arguments.
   * Build reasons with `reason()` (core/reason.ts) so text, template and arguments agree.
   */
  template?: string;
  args?: (string | number)[];
}

/** A personal identifier found in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface Finding {
  type: IdentifierType;
  start: number;
  end: number;
  /** 0..1: how sure the detector is that this is a real identifier of `type`. */
  confidence: number;
  reasons: Reason[];
  /** For `custom` findings: the user's name for the pattern. */
  name?: string;
}

/** Confidence at or above which a finding counts as strong (default severity Warning). */
export const STRONG_CONFIDENCE = 0.8;

/**
 * Findings below this confidence are reported only as known test data (e.g. a number of the national test-CPR
 * convention, core/cpr/testNumbers.ts) and are shown as a Hint whatever the severity settings say.
 */
export const TEST_DATA_CONFIDENCE = 0.5;

/** Options every detector receives. */
export interface DetectOptions {
  /** Types to report; all when undefined. */
  types?: ReadonlySet<IdentifierType>;
  /** The document's language (LSP languageId or a file extension): tells the field-name rules how to read structure. */
  languageId?: string;
  /** Findings below this confidence are dropped. */
  minConfidence?: number;
  /**
   * Only report findings that START inside this window (UTF-16 offsets into the full text). Detectors still
   * read context anywhere in the text. Used by incremental re-detection; detectors should honour it for speed
   * (scan candidates from `window.start`), and detect() filters by it for correctness either way.
   */
  window?: { start: number; end: number };
  /**
   * The workspace key for synthetic values, when known: addresses Skjold wrote carry a keyed mark
   * (core/redact/ownMark.ts) and are not reported again. Never logged.
   */
  ownMarkKey?: string;
  /** User-defined patterns, compiled by compileCustomPatterns (core/custom/customPatterns.ts). */
  customPatterns?: readonly import('./custom/customPatterns').CompiledCustomPattern[];
  /**
   * Extra words that announce a CPR number (`skjold.contextWords`), besides the built-in vocabulary. Plain words,
   * matched case-insensitively as whole words and as field names. Keep the same array for the same settings:
   * the cue regex is compiled once per array (core/cpr/cprContext.ts).
   */
  cprContextWords?: readonly string[];
}
