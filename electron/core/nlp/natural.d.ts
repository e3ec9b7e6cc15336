// natural 8 ships types only for its index, which pulls in database clients; these cover the submodules we use.
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(token: string): string }
  export default stemmer
}
