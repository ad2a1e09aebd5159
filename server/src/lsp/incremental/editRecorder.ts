// Hands each incremental change to the incremental detector as offsets. TextDocuments only tells us "the
// document changed"; this wraps its update step so every change in a didChange is applied one at a time and
// reported with its offsets in the text it applied to (a later change's range refers to the text after the earlier ones).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';

export interface EditSink {
  /** [start, end) of the previous text was replaced by `insertedLength` characters, giving `newText`. */
  edit(uri: string, start: number, end: number, insertedLength: number, newText: string): void;
  /** The whole text was replaced. */
  replace(uri: string, newText: string): void;
}

export function recordingDocuments(sink: EditSink): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc, changes: TextDocumentContentChangeEvent[], version) => {
      for (const change of changes) {
        if ('range' in change && change.range) {
          let start = doc.offsetAt(change.range.start);
          let end = doc.offsetAt(change.range.end);
          if (start > end) [start, end] = [end, start];
          TextDocument.update(doc, [change], version);
          sink.edit(doc.uri, start, end, change.text.length, doc.getText());
        } else {
          TextDocument.update(doc, [change], version);
          sink.replace(doc.uri, doc.getText());
        }
      }
      return doc;
    },
  };
}
