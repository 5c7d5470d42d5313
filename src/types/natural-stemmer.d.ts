// natural's index prints dotenv lines to stdout on import (STACK-NOTES), so we
// import the Russian stemmer's module directly; it ships no types of its own.
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const PorterStemmerRu: { stem(word: string): string };
  export default PorterStemmerRu;
}
