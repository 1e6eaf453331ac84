import { describe, expect, it } from 'vitest';
import { progressOnly } from '../../scripts/bench-lib.js';

// The bench times a key until the screen is quiet; the sidebar's progress, redrawn on its own while
// a long document is analysed, must not be timed as part of the key's frame (session 18).
describe("the bench's progress-only chunks", () => {
  const screen = (progress: string, line: string) => [`Entities  finding… ${progress}`, line, 'status 3%'];

  it('tells a chunk that only moved the progress', () => {
    expect(progressOnly(screen('36%', 'text'), screen('38%', 'text'))).toBe(true);
  });

  it('keeps a chunk that also changed the article (a key drawn with it)', () => {
    expect(progressOnly(screen('36%', 'text'), screen('38%', 'next line'))).toBe(false);
  });

  it('keeps a chunk that changed the first row in more than the progress', () => {
    expect(progressOnly(['Entities  finding… 36% │ a', 'x'], ['Entities  finding… 38% │ b', 'x'])).toBe(false);
  });

  it('keeps every chunk once the analysis is over (no progress on the screen)', () => {
    expect(progressOnly(['People (3)', 'x'], ['People (3)', 'y'])).toBe(false);
    expect(progressOnly(['People (3)', 'x'], ['People (3)', 'x'])).toBe(false);
  });
});
