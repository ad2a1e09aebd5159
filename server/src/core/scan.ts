// What every detector receives: the text, the options, and lazily read structure (field names).
import type { DetectOptions, Finding, IdentifierType } from './types';
import { TextStructure } from './context/structure';
import type { PrefixMentions } from './textFacts';

export class ScanContext {
  readonly structure: TextStructure;
  /** Facts about the text that detectors read once and share as prefilters (core/textFacts.ts). */
  readonly facts: { asciiDigit?: boolean } = {};
  /** Set by the incremental engine, whose scans see prefixes of one document: answers textMentions() (textFacts.ts). */
  mentions?: PrefixMentions;
  constructor(
    readonly text: string,
    readonly options: DetectOptions = {},
    /** Structure read once and shared by several scans of the same text (the incremental engine's chunks). */
    structure?: TextStructure,
  ) {
    this.structure = structure ?? new TextStructure(text, options.languageId);
  }
  /** Start of the region whose findings are wanted (0 without a window). */
  get scanStart(): number {
    return this.options.window ? Math.max(0, this.options.window.start) : 0;
  }
  /** End of the region whose findings are wanted (text length without a window). */
  get scanEnd(): number {
    return this.options.window ? Math.min(this.text.length, this.options.window.end) : this.text.length;
  }
  /** True when a finding starting at `offset` belongs to this scan's window. */
  inWindow(offset: number): boolean {
    return offset >= this.scanStart && offset < this.scanEnd;
  }
  wants(type: IdentifierType): boolean {
    return !this.options.types || this.options.types.has(type);
  }
}

/** A recognizer for one or more identifier types: pattern, validation and context, scored. */
export interface Detector {
  readonly id: string;
  readonly types: readonly IdentifierType[];
  detect(ctx: ScanContext): Finding[];
  /**
   * How far a finding's outcome may depend on text around it, for incremental re-detection
   * (core/incremental/reach.ts). Omit it when the detector only reads nearby text: a generous default applies.
   * `'document'` makes every edit re-scan the whole text (for detectors that read the whole document).
   */
  readonly reach?: Partial<DetectorReach> | 'document';
}

/** Characters of context a detector reads around a finding, and the longest finding it reports. */
export interface DetectorReach {
  /** How far before a finding's start its outcome may depend on the text. */
  before: number;
  /** How far after a finding's end its outcome may depend on the text. */
  after: number;
  /** The longest finding (end - start) it reports. */
  maxLength: number;
}
