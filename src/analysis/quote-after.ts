import type { QuoteContext } from './quote-context.js';
import { nameAfter } from './quote-names.js';
import type { Entity } from './types.js';
import type { Word } from './words/read-words.js';

/**
 * Words after a quotation that say whose it was: "That was Ruiz, speaking Monday.", "So said X.",
 * "So says X, who …", "That was the verdict of X", "The words came from X".
 */
const WHO_FRAME =
  /^(?:that was|that is|this was|so said|so says|(?:those|these) were the words of|the words came from|(?:that|this|such) (?:was|is) the (?:verdict|view|message|warning|reaction|response|assessment) of)$/u;

/**
 * "“This deal is a giveaway.” That was Ruiz, speaking Monday at City Hall.": the person named
 * right after such a frame (the name ends at a comma or the sentence's end), past a role of one
 * or two words in lower case ("the verdict of engineer Lisa Moreno, who …").
 */
export function frameNamed(ctx: QuoteContext, words: readonly Word[]): Entity | undefined {
  for (const n of [2, 4, 5, 6]) {
    const frame = words
      .slice(0, n)
      .map((t) => t.lower)
      .join(' ');
    if (words.length <= n || !WHO_FRAME.test(frame)) continue;
    // (Past a role only after the long frames: "That was how Omar Haddad … spent the night" is no one's.)
    for (let role = 0; role <= (n >= 4 ? 2 : 0) && n + role < words.length; role++) {
      if (role > 0 && !/^\p{Ll}+$/u.test(words[n + role - 1]!.text)) break;
      const named = nameAfter(ctx, words.slice(n + role));
      if (named) return named;
    }
  }
  return undefined;
}
