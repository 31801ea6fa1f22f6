/**
 * Language-independent data for the tokenizer: top-level domains that make
 * `name.tld` a web address even without `http://` or `www.`.
 */
export const topLevelDomains: readonly string[] = [
  'com', 'org', 'net', 'edu', 'gov', 'int', 'info', 'biz', 'io', 'co', 'me', 'tv', 'news', 'online',
  'app', 'dev', 'ai', 'eu', 'de', 'at', 'ch', 'li', 'lu', 'nl', 'be', 'fr', 'es', 'it', 'pt', 'uk',
  'us', 'ca', 'ru', 'ua', 'by', 'pl', 'cz', 'sk', 'hu', 'ro', 'bg', 'gr', 'tr', 'se', 'no', 'dk',
  'fi', 'ie', 'cn', 'jp', 'kr', 'in', 'au', 'nz', 'br', 'ar', 'mx', 'cl', 'cu', 've', 'za', 'il',
  'ir', 'sa', 'ae', 'qa', 'su',
];
