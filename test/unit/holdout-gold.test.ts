/**
 * The held-out gold files (test/fixtures/holdout) are well-formed against the text lede extracts
 * from their pages (see test/helpers/gold-files.ts for the checks). The annotations themselves are
 * not printed here: these pages are for measurement only (see the holdout README).
 */
import { describeGoldFiles } from '../helpers/gold-files.js';

describeGoldFiles(new URL('../fixtures/holdout/', import.meta.url), 'held-out gold files (test/fixtures/holdout)');
