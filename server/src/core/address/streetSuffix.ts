// Endings that mark a Danish street name (Møllevej, Nørrebrogade, Frederiksberg Allé, Egevænget ...). A street that is
// not in the shipped list still counts when it ends so. scripts/build-data.mjs reads this source to leave such
// streets out of the shipped list (the rule finds them), so keep the string on one line.
export const STREET_SUFFIX_SOURCE = 'vej|vejen|veje|gade|gaden|allé|alle|alléen|alleen|vænget|vænge|stræde|strædet|parken|park|plads|pladsen|torv|torvet|boulevard|boulevarden|have|haven|høj|højen|høje|bakke|bakken|bakker|toft|toften|tofte|vang|vangen|sti|stien|kær|kæret|mark|marken|lund|lunden|hegn|hegnet|dal|dalen|bro|broen|holm|holmen|huse|husene|gård|gården|gaard|gaarden|eng|engen|enge|skov|skoven|kvarter|kvarteret|løkke|løkken|krog|krogen|ager|agre|agrene|brygge|bryggen|kaj|kajen|havn|havnen|dige|diget|ring|ringen|side|siden|banke|mose|mosen|bjerg|bjerget|strand|stranden|kilde|kilden|stykke|stykket|led|ledet|passage|promenade|gyde|gyden|slette|sletten|lyst|minde|spor|sporet|bane|banen|sø|søen|port|porten|sving|svinget|runddel|kæret|toppen|bakkedrag|grund|grunden|lykke|vig|vigen|næs|næsset|dam|dammen|hule|huset|ly|lien|li|hus|skrænt|skrænten';

/** A street name (or its last word) that ends like a street. */
export const STREET_SUFFIX = new RegExp(`(?:${STREET_SUFFIX_SOURCE})$`, 'iu');

/** Stand-alone words that end a street name of several words (Frederiksberg Allé, Sønder Boulevard, Kongens Nytorv). */
export const STREET_WORD = /^(?:vej|vejen|gade|allé|alle|boulevard|plads|pladsen|torv|torvet|stræde|park|parken|have|haven|vænge|vænget|passage|promenade|kaj|brygge|bro|ring|landevej|kongevej|nytorv|kanal|havn|bakke|sti|sø)$/iu;
