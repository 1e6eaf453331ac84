/**
 * Numbers written as words. A module of its own, with no imports: the timeline's date keys need
 * them in the reader's first chunk (the sidebar, the timeline view), where the part-of-speech
 * tagger numbers.ts depends on must not be loaded (it costs a quarter of a second at start-up).
 */

/** Number words below twenty, and the tens: shared with the timeline ("three weeks ago"). */
export const SMALL: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
