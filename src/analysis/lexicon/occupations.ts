/**
 * Occupations a news story writes right before a person's name, in lower case ("the rapper
 * Drake", "singer Rihanna", "midfielder Donato") or capitalised at a sentence's start
 * ("Comedian Conan O'Brien said …"): the name after one is a person's, and the word is no part
 * of it. Only words that never stand before a firm's or a product's name (not "designer",
 * "model", "director"). Hand-written for lede.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set(
  'rapper singer songwriter actor actress comedian comedienne chef novelist poet playwright filmmaker photographer painter sculptor composer guitarist drummer bassist pianist violinist cellist dancer ballerina midfielder striker defender goalkeeper winger quarterback pitcher outfielder linebacker golfer boxer sprinter swimmer'.split(
    ' ',
  ),
);
