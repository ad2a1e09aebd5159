// k-anonymity for tables (CSV/TSV and JSON arrays of flat records): column classification, equivalence
// classes, l-diversity, generalisation and suppression. Pure: no editor, LSP or file-system imports.
export * from './csv';
export * from './directive';
export * from './generalise';
export * from './analyse';
export * from './classify';
export * from './plan';
export * from './rewrite';
export * from './table';
export * from './summary';
