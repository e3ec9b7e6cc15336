// natural 8 ships types only for its index, which pulls in database clients; these cover the submodules we use.
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(token: string): string }
  export default stemmer
}
declare module 'natural/lib/natural/util/stopwords_nl.js' {
  const stopwords: { words: string[] }
  export default stopwords
}
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  class SentimentAnalyzer {
    constructor(language: string, stemmer: { stem(token: string): string } | null, type: string)
    getSentiment(words: string[]): number
  }
  export default SentimentAnalyzer
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_nl.js' {
  class AggressiveTokenizerNl {
    tokenize(text: string): string[]
  }
  export default AggressiveTokenizerNl
}
