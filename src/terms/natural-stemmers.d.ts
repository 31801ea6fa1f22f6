// Types for the natural stemmer modules imported by path (natural's own
// declarations only cover its index, which article-lens never imports).
interface NaturalStemmer {
  stem(word: string, options?: { preserveUmlauts?: boolean }): string;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
