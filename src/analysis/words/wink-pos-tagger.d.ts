/** The part of wink-pos-tagger's API that lede uses (the package ships no types). */
declare module 'wink-pos-tagger' {
  interface TaggedToken {
    readonly value: string;
    /** Penn Treebank tag: NN, VBD, PRP$, … (punctuation gets its own mark or a bracket tag). */
    readonly pos: string;
  }
  interface Tagger {
    /** Tags one sentence of ready-made tokens, PTB style ("do" "n't", "Smith" "'s"). */
    tagRawTokens(tokens: readonly string[]): TaggedToken[];
  }
  function posTagger(): Tagger;
  export default posTagger;
}

/** wink-lexicon's word list: lower-case word → Penn Treebank tags, most frequent first. */
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Readonly<Record<string, readonly string[] | undefined>>;
  export default lexicon;
}
