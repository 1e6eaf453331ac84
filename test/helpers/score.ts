// The scorer lives once, in scripts/score-lib.mjs, shared with `npm run eval`.
export { scoreAnalysis, summaryLine } from '../../scripts/score-lib.mjs';
export type { Gold, Score } from '../../scripts/score-lib.mjs';
