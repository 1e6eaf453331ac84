/**
 * The development gold files (test/fixtures/gold), which `npm run eval`'s `gold` section scores
 * lede against, are well-formed against the text lede extracts from their pages (see
 * test/helpers/gold-files.ts for the checks): a span that no longer resolves would be scored as a
 * miss and quietly lower the development figures.
 */
import { describeGoldFiles } from '../helpers/gold-files.js';

describeGoldFiles(new URL('../fixtures/gold/', import.meta.url), 'development gold files (test/fixtures/gold)');
