// Reads a CSV/TSV file record by record in bounded memory: 1 MB chunks, decoded as UTF-8 (falling back to
// Windows-1252 for legacy Danish exports), parsed incrementally. Each pass over the file calls this again.
import fs from 'node:fs';
import { CsvReader, detectDelimiter, parseDirective, type KanonDirective } from '../../core/kanon';

export interface CsvFileInfo {
  delimiter: string;
  encoding: 'utf-8' | 'windows-1252';
  directive?: KanonDirective;
  directiveLine?: string;
  eol: string;
}

const CHUNK = 1 << 20;

/** Looks at the start of the file: delimiter, encoding guess, directive, line ending. */
export async function probeCsvFile(file: string): Promise<CsvFileInfo> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fd.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    let text: string;
    let encoding: CsvFileInfo['encoding'] = 'utf-8';
    try {
      // A multi-byte character may be cut at the end of the probe: decode up to the last line break only.
      const lastNl = head.lastIndexOf(10);
      text = new TextDecoder('utf-8', { fatal: true }).decode(lastNl > 0 && bytesRead === buf.length ? head.subarray(0, lastNl) : head);
    } catch {
      text = new TextDecoder('windows-1252').decode(head);
      encoding = 'windows-1252';
    }
    text = text.replace(/^\uFEFF/, '');
    const nl = text.search(/\r\n|\n|\r/);
    const first = nl < 0 ? text : text.slice(0, nl);
    const directive = parseDirective(first);
    const body = directive ? text.slice(nl < 0 ? text.length : nl + 1) : text;
    return {
      delimiter: detectDelimiter(body, file),
      encoding,
      directive,
      directiveLine: directive ? first : undefined,
      eol: /\r\n/.test(text) ? '\r\n' : '\n',
    };
  } finally {
    await fd.close();
  }
}

/**
 * Calls `onRecord` with every record of the file in order: the header first (index 0), then data rows
 * (index 1, 2, …). The directive line is skipped. Returns the encoding actually used (a file that turns out
 * not to be UTF-8 part-way is read again as Windows-1252 from the start, and `onRestart` is called first).
 */
export async function forEachCsvRecord(
  file: string,
  info: CsvFileInfo,
  onRecord: (fields: string[], index: number) => void,
  onRestart?: () => void,
): Promise<'utf-8' | 'windows-1252'> {
  const attempt = async (encoding: 'utf-8' | 'windows-1252'): Promise<void> => {
    const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    let index = 0;
    let skipFirstLine = !!info.directive;
    let bom = true;
    const reader = new CsvReader(info.delimiter, (r) => onRecord(r.fields, index++));
    const stream = fs.createReadStream(file, { highWaterMark: CHUNK });
    const feed = (text: string) => {
      if (bom) { bom = false; if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); }
      if (skipFirstLine) {
        const nl = text.indexOf('\n');
        if (nl < 0) return; // still on the directive line (a very long one): drop it
        text = text.slice(nl + 1);
        skipFirstLine = false;
      }
      if (text) reader.push(text);
    };
    for await (const chunk of stream) feed(decoder.decode(chunk as Buffer, { stream: true }));
    feed(decoder.decode());
    reader.end();
  };
  if (info.encoding === 'utf-8') {
    try {
      await attempt('utf-8');
      return 'utf-8';
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      onRestart?.();
    }
  }
  await attempt('windows-1252');
  return 'windows-1252';
}
