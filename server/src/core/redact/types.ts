// The vocabulary of redaction: how a finding's text is replaced, and what each identifier type plugs in.

/** Mask keeps the layout and removes the value; synthetic writes a value that belongs to no one. */
export type RedactionMode = 'mask' | 'synthetic';

/**
 * full: every letter and digit masked (`XXXXXX-XXXX`); keepBirthDate: a CPR number keeps its first six
 * digits (`010180-XXXX`, other types are masked in full); tag: the type's tag (`[CPR]`, `[NAVN]`).
 */
export type MaskStyle = 'full' | 'keepBirthDate' | 'tag';

export interface SyntheticContext {
  /** The per-workspace secret: the same original gives the same synthetic value under the same key. */
  key: string;
  /** Move a CPR number's (and a date of birth's) date by a keyed amount within the same year. */
  shiftBirthDate: boolean;
}

/** What an identifier type contributes to redaction. Register one in ./registry.ts. */
export interface TypeRedactor {
  /** A replacement of the same shape that belongs to no one; deterministic in (value, key). */
  synthetic(value: string, ctx: SyntheticContext): string;
  /** True for values of a form Skjold writes as synthetic (so they are not reported again). */
  isSynthetic?(value: string): boolean;
  /** The keepBirthDate mask style, for types that have a birth date. */
  maskKeepingBirthDate?(value: string, maskChar: string): string;
}

export interface RedactOptions {
  mode: RedactionMode;
  maskStyle?: MaskStyle;
  maskChar?: string;
  /** Required for synthetic mode. */
  key?: string;
  shiftBirthDate?: boolean;
}

/** A replacement of text[start, end) (UTF-16 offsets). */
export interface RedactionEdit {
  start: number;
  end: number;
  newText: string;
}
