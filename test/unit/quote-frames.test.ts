import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes of speakers missed on other outlets' pages (issue 10, session 13). Every sentence is
// written for its test; a wrong speaker is worse than none, so each class has a case that must
// stay empty.

describe('a quotation paragraph after a caption', () => {
  const family = 'Ada Okonkwo and her brother Tunde Okonkwo run the last ferry on the delta.';
  const quote = '“The river gives us everything,” says Okonkwo, who has crossed it since she was nine.';
  const sequel = '“We will not sell the boats. Not this year, not ever.”';

  it('goes on in the speaker’s voice when the caption names the speaker by a fuller name', () => {
    const a = run('Delta', family, quote, '• Ada Okonkwo at the jetty where she grew up', sequel);
    expect(speakerOf(a, 'sell the boats')).toBe('Okonkwo');
  });

  it('not when the caption names someone else', () => {
    const a = run('Delta', family, quote, '• Pavel Brandt at the jetty where he grew up', sequel);
    expect(speakerOf(a, 'sell the boats')).toBeNull();
  });
});

describe('a quotation paragraph after a paragraph about one earlier speaker', () => {
  const first = 'Maria Santos runs the last ferry on the delta. “The river gives us everything,” Santos said.';
  const sequel = '“We will not sell the boats. Not this year, not ever.”';

  it('is that speaker’s', () => {
    const a = run('Delta', first, 'The bridge opens in May.', 'But for Santos it is a loss as much as a gain.', sequel);
    expect(speakerOf(a, 'sell the boats')).toBe('Maria Santos');
  });

  it('is no one’s when that paragraph names another, or one never quoted', () => {
    const two = run('Delta', first, 'But for Santos and Pavel Brandt the new bridge is a loss.', sequel);
    expect(speakerOf(two, 'sell the boats')).toBeNull();
    const other = run('Delta', first, 'But for Pavel Brandt the new bridge is a gain.', sequel);
    expect(speakerOf(other, 'sell the boats')).toBeNull();
  });
});

describe('speakers given by a frame, not a speech verb', () => {
  it('"in X’s phrase" and "in the words of X"', () => {
    const a = run(
      'Delta',
      'The ferry runs on trust, as if the delta were (in the boatman Tunde Okafor’s phrase) “one long family”.',
      'In the words of Maria Santos, “the river forgives nobody.”',
    );
    expect(speakerOf(a, 'one long family')).toMatch(/Okafor/);
    expect(speakerOf(a, 'forgives nobody')).toBe('Maria Santos');
  });

  it('"X’s motto is" and "the mantra of X is"', () => {
    const a = run(
      'Delta',
      'The Delta Rowing Club trains at dawn. The club’s motto is “row before you talk.”',
      'At the Delta Festival the stalls close at noon, and the mantra of the Festival is “less talk, more boats.”',
    );
    expect(speakerOf(a, 'row before you talk')).toMatch(/club/i);
    expect(speakerOf(a, 'less talk, more boats')).toMatch(/Festival/);
  });

  it('"a question came from X:" and a verb that frames a quotation it is right before', () => {
    const a = run(
      'Delta',
      'After the vote, a question came from a fisherman at the back: “Who pays for the new jetty?”',
      'By the ticket office, a chalkboard advertised “Fresh Delta Eel Today” in large letters.',
    );
    expect(speakerOf(a, 'Who pays')).toBe('a fisherman at the back');
    expect(speakerOf(a, 'Fresh Delta Eel')).toBe('a chalkboard');
  });

  it('"“…,” one reply began" and a passive whose source is a document', () => {
    const a = run(
      'Delta',
      'The notice drew hundreds of answers. “Leave the ferry alone,” one angry reply began, and more followed.',
      'The timetable was changed twice: version 2.1 (described as “a small correction” in the council statement) came in May.',
    );
    expect(speakerOf(a, 'Leave the ferry alone')).toBe('one angry reply');
    expect(speakerOf(a, 'a small correction')).toBe('the council statement');
  });

  it('leaves a quotation without a frame, or a frame far from it, without a speaker', () => {
    const a = run(
      'Delta',
      'The ferry was advertised on the radio for weeks, and the season was “the best in years”.',
      'A question came up about the jetty. The answer, printed later, was “not this year”.',
    );
    expect(speakerOf(a, 'best in years')).toBeNull();
    expect(speakerOf(a, 'not this year')).toBeNull();
  });
});
