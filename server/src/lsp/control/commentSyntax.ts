// Line-comment syntax per VS Code languageId, for the "Ignore this line" quick-fix that writes a
// `skjold-disable-next-line` directive above a finding. Languages without comments (plain text, CSV, JSON, logs)
// have no entry: no directive fix is offered there, since any text we add would become content.

export interface CommentSyntax {
  open: string;
  /** Closing token for block-only languages (`-->`); empty for line comments. */
  close: string;
}

const line = (open: string): CommentSyntax => ({ open, close: '' });
const block = (open: string, close: string): CommentSyntax => ({ open, close });

const SLASHES = line('//');
const HASH = line('#');
const DASHES = line('--');
const PERCENT = line('%');
const SEMICOLON = line(';');
const MARKUP = block('<!--', '-->');

const BY_LANGUAGE: Record<string, CommentSyntax> = {
  javascript: SLASHES, javascriptreact: SLASHES, typescript: SLASHES, typescriptreact: SLASHES, jsonc: SLASHES,
  json5: SLASHES, java: SLASHES, csharp: SLASHES, c: SLASHES, cpp: SLASHES, go: SLASHES, rust: SLASHES,
  kotlin: SLASHES, scala: SLASHES, swift: SLASHES, dart: SLASHES, php: SLASHES, groovy: SLASHES, fsharp: SLASHES,
  'objective-c': SLASHES, 'objective-cpp': SLASHES, scss: SLASHES, less: SLASHES, proto: SLASHES, vue: SLASHES,
  python: HASH, yaml: HASH, shellscript: HASH, ruby: HASH, r: HASH, properties: HASH, perl: HASH, powershell: HASH,
  dockerfile: HASH, makefile: HASH, toml: HASH, coffeescript: HASH, julia: HASH, elixir: HASH, nix: HASH,
  graphql: HASH, dotenv: HASH, ignore: HASH,
  sql: DASHES, lua: DASHES, haskell: DASHES, elm: DASHES, ada: DASHES,
  markdown: MARKUP, html: MARKUP, xml: MARKUP, xsl: MARKUP, svg: MARKUP,
  latex: PERCENT, tex: PERCENT, bibtex: PERCENT, matlab: PERCENT, erlang: PERCENT, prolog: PERCENT,
  ini: SEMICOLON, lisp: SEMICOLON, clojure: SEMICOLON, scheme: SEMICOLON,
};

/** The comment syntax for `languageId`, or undefined when the language has none (plaintext, csv, json, log). */
export function commentSyntaxFor(languageId: string): CommentSyntax | undefined {
  return Object.prototype.hasOwnProperty.call(BY_LANGUAGE, languageId) ? BY_LANGUAGE[languageId] : undefined;
}

/** A whole comment line holding `body`, e.g. `# skjold-disable-next-line cpr` or `<!-- … -->`. */
export function commentLine(syntax: CommentSyntax, body: string): string {
  return syntax.close ? `${syntax.open} ${body} ${syntax.close}` : `${syntax.open} ${body}`;
}
