/**
 * Spelling-insensitive key: "U.S." = "US", "TimeWarner" = "Time Warner", "BBC" = "Bbc". A module
 * of its own, so the reader's shelf index can use it without loading the analysis's lexicons
 * (aliases.ts, through its common words, holds wink-lexicon: ~20 ms and its 100,000 keys).
 */
export const nameKey = (s: string): string => s.toLowerCase().replace(/[\s.'’-]/g, '');
