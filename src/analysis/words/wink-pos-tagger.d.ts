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

/** wink-pos-tagger's first step: a token's tags from the lexicon (sets `token.pos` to the first). */
declare module 'wink-pos-tagger/src/unigram-tagger.js' {
  function unigramPOSTagger(
    token: { value: string; tag: string; normal: string; pos?: string },
    lexicon: Readonly<Record<string, readonly string[] | undefined>>,
  ): readonly string[];
  export default unigramPOSTagger;
}

/** wink-pos-tagger's context rules, by the tag of the token they apply to. */
declare module 'wink-pos-tagger/src/rules/pos-rules-ge0.js' {
  export interface WinkCondition {
    /** 0: the property at `delta`; 1: at any offset in `range`. */
    readonly op: 0 | 1;
    readonly operand: {
      readonly property: 'normal' | 'pos' | 'value';
      readonly delta?: number;
      readonly range?: readonly [number, number];
    };
    readonly matches: RegExp;
  }
  export type WinkContextRules = Readonly<
    Record<
      string,
      readonly { readonly rules: readonly WinkCondition[]; readonly thenPosAt: number; readonly willBe: string }[]
    >
  >;
  const rules: WinkContextRules;
  export default rules;
}
declare module 'wink-pos-tagger/src/rules/pos-rules-le0.js' {
  const rules: import('wink-pos-tagger/src/rules/pos-rules-ge0.js').WinkContextRules;
  export default rules;
}
declare module 'wink-pos-tagger/src/rules/value-rules-ge0.js' {
  const rules: import('wink-pos-tagger/src/rules/pos-rules-ge0.js').WinkContextRules;
  export default rules;
}
declare module 'wink-pos-tagger/src/rules/value-rules-le0.js' {
  const rules: import('wink-pos-tagger/src/rules/pos-rules-ge0.js').WinkContextRules;
  export default rules;
}
