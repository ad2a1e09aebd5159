// Settings → the core's RedactOptions for one mode.
import type { RedactOptions } from '../core';
import type { FixModeName, SkjoldSettings } from './settings';

export function redactOptions(mode: FixModeName, settings: SkjoldSettings, key: () => string): RedactOptions {
  return mode === 'mask'
    ? { mode, maskStyle: settings.mask.style, maskChar: settings.maskCharacter }
    : { mode, key: key(), shiftBirthDate: settings.synthetic.shiftBirthDate };
}
