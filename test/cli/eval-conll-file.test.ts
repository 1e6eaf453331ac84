/** `npm run eval -- --json --conll-file PATH`: scripts/eval.mjs scores the shipped recogniser on any CoNLL file. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

type Score = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(ROOT, 'dist/analysis/ner/model.js'));

// Each case runs scripts/eval.mjs in a child process, which loads the model: give it time.
describe('npm run eval -- --conll-file', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-conll-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const score = (file: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['scripts/eval.mjs', '--json', '--conll-file', file], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as {
      conllFile: {
        file: string;
        micro: Score;
        perType: Record<string, unknown>;
        pipeline: { micro: Score; microPerOrgLoc: Score; perType: Record<string, Score> };
      };
    };

  it.skipIf(!built)('scores a file of four columns (IOB1) and the same file of two (BIO) alike', () => {
    const four = readFileSync(join(ROOT, 'test/fixtures/ner-train.conll'), 'utf8');
    // The same tokens and tags as token and BIO tag only.
    let prev = 'O';
    const two = four
      .split('\n')
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        if (cols.length < 2) {
          prev = 'O';
          return '';
        }
        if (cols[0] === '-DOCSTART-') return '-DOCSTART- O';
        const tag = cols[cols.length - 1]!;
        const type = tag.slice(2);
        const bio = tag === 'O' ? 'O' : tag.startsWith('B-') || prev.slice(2) !== type ? `B-${type}` : `I-${type}`;
        prev = tag;
        return `${cols[0]} ${bio}`;
      })
      .join('\n');
    writeFileSync(join(dir, 'four.conll'), four);
    writeFileSync(join(dir, 'two.conll'), two);
    const a = score(join(dir, 'four.conll')).conllFile;
    const b = score(join(dir, 'two.conll')).conllFile;
    expect(Object.keys(a.perType)).toEqual(['PER', 'ORG', 'LOC', 'MISC']);
    expect(a.micro.f1).toBeGreaterThan(0.5);
    expect(b).toEqual({ ...a, file: b.file });
  });

  it.skipIf(!built)('scores the whole analysis on the same mentions beside the recogniser', () => {
    writeFileSync(
      join(dir, 'small.conll'),
      [
        '-DOCSTART- O',
        '',
        ...'Angela|B-PER Merkel|I-PER met|O officials|O in|O Paris|B-LOC on|O Monday|O .|O'.split(' '),
        '',
        ...'Merkel|B-PER later|O flew|O to|O Berlin|B-LOC .|O'.split(' '),
        '',
      ]
        .map((t) => t.replace('|', ' '))
        .join('\n'),
    );
    const r = score(join(dir, 'small.conll')).conllFile;
    const { pipeline } = r;
    expect(Object.keys(pipeline.perType)).toEqual(['PER', 'ORG', 'LOC', 'MISC']);
    // Both score the same four gold mentions; these plain ones the whole analysis finds exactly.
    expect(pipeline.micro.tp + pipeline.micro.fn).toBe(4);
    expect(pipeline.perType.PER).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(pipeline.perType.LOC).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(pipeline.microPerOrgLoc.f1).toBe(1);
  });

  it.skipIf(!built)('says in one line what is wrong with a file that is not CoNLL', () => {
    writeFileSync(join(dir, 'bad.conll'), 'word B-DATE\n');
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/eval.mjs', '--json', '--conll-file', join(dir, 'bad.conll')], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      stderr = String((e as { stderr?: string }).stderr);
    }
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/bad\.conll: unknown CoNLL tag B-DATE/);
  });
});
