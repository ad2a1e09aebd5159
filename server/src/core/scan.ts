// What every detector receives: the text, the options, and lazily read structure (field names).
import type { DetectOptions, Finding, IdentifierType } from './types';
import { TextStructure } from './context/structure';

export class ScanContext {
  readonly structure: TextStructure;
  constructor(
    readonly text: string,
    readonly options: DetectOptions = {},
  ) {
    this.structure = new TextStructure(text, options.languageId);
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
}
