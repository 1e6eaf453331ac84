import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Whose the speech verb is (session 15's sample of 40 BBC articles: the classes of wrong
// speakers), each in sentences written for its test.

describe('the subject of the speech verb', () => {
  it('gives no speaker when a thing named right before "which"/"that" is what speaks ("a report which branded", "a study that branded")', () => {
    const a = run(
      'Review',
      'Mara Kovac confirmed the review would begin after a Law Commission report which branded the current law "a shambles".',
      'Tomas Berg pointed to a study that branded the scheme "a quiet success".',
      'The ministry, which said the figures were "encouraging", declined to comment further.',
    );
    expect(speakerOf(a, 'a shambles')).toBeNull();
    expect(speakerOf(a, 'a quiet success')).toBeNull();
    // With a comma the clause is about the name before it (attributed as before).
    expect(speakerOf(a, 'encouraging')).not.toBe('Mara Kovac');
  });

  it('takes the name right before the verb, not one in an opening phrase before a comma', () => {
    const a = run(
      'Speech',
      'In a speech on the re-election of Governor Tomas Berg, Mr Okafor said the state had become a "laboratory of failure".',
      'After beating Ana Lindqvist, Helena Marsh and Ilse Varga to the top prize, Mara Kovac said: "I cannot believe it."',
    );
    expect(speakerOf(a, 'laboratory of failure')).toBe('Okafor');
    expect(speakerOf(a, 'cannot believe it')).toBe('Mara Kovac');
  });

  it('takes the name before an appositive that opens with a verb-like noun ("lead author of the study")', () => {
    const a = run('Study', 'Jane Roe, lead author of the study, said: "The effect is new."');
    expect(speakerOf(a, 'effect is new')).toBe('Jane Roe');
  });

  it('does not take a name before a participle clause for the subject ("…, leading him to quip")', () => {
    const a = run(
      'Awards',
      'The comedians handed the prize to Pavel Zielinski dressed as his old bandmates Oskar Brandt and Tomas Berg, leading him to quip he was "the talented one".',
    );
    expect(speakerOf(a, 'the talented one')).not.toBe('Tomas Berg');
  });

  it('gives "X added:" to X, not to whoever spoke before', () => {
    const a = run(
      'Row',
      'Tomas Berg said: "It was a foul." Pavel Zielinski added: "It was nothing of the sort."',
      'Mr Okafor said the police had said the cards could "stop a bomb plot". He added: "When the police say that, you listen."',
    );
    expect(speakerOf(a, 'nothing of the sort')).toBe('Pavel Zielinski');
    expect(speakerOf(a, 'you listen')).toBe('Okafor');
  });

  it('still gives "he added" and "adding" to the voice before', () => {
    const a = run('Row', 'Tomas Berg said: "It was a foul." He added: "A clear one." Later, adding: "Always."');
    expect(speakerOf(a, 'A clear one')).toBe('Tomas Berg');
    expect(speakerOf(a, 'Always')).toBe('Tomas Berg');
  });

  it('does not attribute a quotation to the next sentence when that reports words of its own', () => {
    const a = run(
      'Deadline',
      'Ana Lindqvist told the radio station: "I think this is a change of heart." "They have been listening to us." The Harbour Authority said it had taken the comments into account.',
      'Mr Okafor says the school already has plans. "We plan to put a solar panel on the roof." Pavel Zielinski, who designed the tablets, says the goal is access for all.',
    );
    expect(speakerOf(a, 'listening to us')).toBe('Ana Lindqvist');
    expect(speakerOf(a, 'solar panel')).toBe('Okafor');
  });

  it('still reads "“…” X said in a statement." in the next sentence', () => {
    const a = run('Profit', '"It was our best year ever." Zentrix Holdings said in a statement.');
    expect(speakerOf(a, 'best year ever')).toBe('Zentrix Holdings');
  });

  it('does not read "saying X overreacted" as X saying it', () => {
    const a = run(
      'Rethink',
      'Coach Mr Lindqvist will discipline striker Oskar Brandt after all.',
      'The Swede defended Brandt, whose red card cost the game, saying Tomas Berg overreacted. But he has since had a rethink. He said: "The red card was right."',
    );
    expect(speakerOf(a, 'red card was right')).toBeNull();
  });

  it('reads "the 31-year-old" and "the boss" as the one person the text is about', () => {
    const a = run(
      'Comeback',
      'Pavel Zielinski has warned his rivals.',
      '"It will be hard," the 31-year-old said. "But we are ready," said the boss.',
    );
    expect(speakerOf(a, 'It will be hard')).toBe('Pavel Zielinski');
    expect(speakerOf(a, 'we are ready')).toBe('Pavel Zielinski');
  });

  it('leaves "the boss" a description when two people could be meant', () => {
    const a = run('Derby', 'Pavel Zielinski praised Oskar Brandt. "He is a fine coach," the boss said.');
    expect(speakerOf(a, 'fine coach')).toBe('the boss');
  });
});
