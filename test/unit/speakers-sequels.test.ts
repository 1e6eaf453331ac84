import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes of speakers found wrong or missing in a random sample of 40 BBC articles (issue 10,
// third round). Every sentence is written for its test; a wrong speaker is worse than none.

describe('a quotation that ends its sentence, before a sentence that quotes someone else', () => {
  it('is not said by the one the next sentence introduces', () => {
    const a = run(
      'Waiting lists',
      'Ms Ilse Varga said the targets were fair. "We are turning the corner," she said. "Two thirds of patients now wait less than six months." Oskar Brandt, the opposition health spokesman, said: "It is a failed target."',
      'Mr Pavel Zielinski said the plan would work. "Both committees will keep this under close scrutiny." Fellow councillor Tomas Berg said the episode painted an "unflattering picture".',
    );
    expect(speakerOf(a, 'Two thirds')).toBe('Ilse Varga');
    expect(speakerOf(a, 'failed target')).toBe('Oskar Brandt');
    expect(speakerOf(a, 'close scrutiny')).toBe('Pavel Zielinski');
  });

  it('is still said by a name that opens the next sentence and quotes nothing', () => {
    const a = run('Results', '"It was the best year in our history." Zentrix Holdings said in a statement on Monday.');
    expect(speakerOf(a, 'best year')).toBe('Zentrix Holdings');
  });
});

describe('the subject of a speech verb', () => {
  it('is read after a dash that no second dash closes', () => {
    const a = run(
      'Quangos',
      'Mr Helmut Lorenz wants an inquiry into the agencies, which cost £1.8bn a year - cash he says "appears to be wasted".',
    );
    expect(speakerOf(a, 'wasted')).toBe('Helmut Lorenz');
  });

  it('is not a name inside the clause a pronoun\'s attribution reports ("X has failed, he claimed")', () => {
    const a = run(
      'New Year message',
      'Mr Pavel Zielinski gave his New Year message. Mr Tomas Berg has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.',
    );
    expect(speakerOf(a, 'wrong solution')).not.toBe('Tomas Berg');
  });
});

describe('a quotation after reported speech, with no attribution of its own', () => {
  it('goes on in the voice of the sentence before ("X says …. “…”")', () => {
    const a = run(
      'Colour to music',
      'Mr Victor Lam says the application is still in its infancy. "If I took a random picture and scanned it, it would not work that well."',
    );
    expect(speakerOf(a, 'random picture')).toBe('Victor Lam');
  });

  it('goes on in the voice of the paragraph before ("…, X said.¶“…”")', () => {
    const a = run(
      'New Year message',
      'The disaster overshadowed the hopes of the season, Mr Anton Kessler said.',
      '"We watched the scenes with disbelief. The scale of it is difficult to grasp."',
    );
    expect(speakerOf(a, 'We watched')).toBe('Anton Kessler');
  });

  it('is left alone when the sentence before reports no one the text names', () => {
    const a = run('Arrest', 'Police said the man told officers he was innocent. "I was at home all night."');
    expect(speakerOf(a, 'at home')).toBeNull();
  });
});

describe('"he said" when the sentence before names several people', () => {
  it('is its subject when the others are examples or past a comma', () => {
    const a = run(
      'Awards night',
      'Helena Marsh won the best actress award for her role in Harbour, beating stars including Ana Kovač and Ilse Varga. "I do not know what I did to deserve this," she told the audience.',
      'Daniel Moreau beat actors including Oskar Brandt and Tomas Berg to the prize. "A lot of people say you are due," he said.',
    );
    expect(speakerOf(a, 'deserve this')).toBe('Helena Marsh');
    expect(speakerOf(a, 'you are due')).toBe('Daniel Moreau');
  });

  it('is still no one when another is the object of the verb', () => {
    const a = run('Talks', 'Helena Marsh met Ana Kovač on Monday. "It went well," she said.');
    expect(speakerOf(a, 'went well')).toBeNull();
  });

  it('goes back through a sentence whose subject is the same pronoun', () => {
    const a = run(
      'Awards night',
      'Daniel Moreau beat actors including Oskar Brandt to the prize. He thanked Tomas Berg and described the film as "a labour of love". This was his first win. Backstage, he said: "It is an accolade."',
    );
    expect(speakerOf(a, 'labour of love')).toBe('Daniel Moreau');
    expect(speakerOf(a, 'accolade')).toBe('Daniel Moreau');
  });

  it('is not the topic its own sentence opens with ("Of Hepburn, she said")', () => {
    const a = run(
      'Awards night',
      'Helena Marsh, who won for playing the painter Ana Kovač in Harbour, said her award was a surprise. Of Kovač, she said: "Her courage is an inspiration to everyone."',
    );
    expect(speakerOf(a, 'courage')).toBe('Helena Marsh');
  });

  it('is the speaker of "…, X has said." rather than the subject of what X said', () => {
    const a = run(
      'New Year message',
      'Tomas Berg has had the chance to tackle the problems and has failed, Anton Kessler has said.',
      '"The country is heading in the wrong direction," the opposition leader said. Mr Berg\'s government was "bossy and interfering," he added.',
    );
    expect(speakerOf(a, 'bossy')).not.toBe('Tomas Berg');
  });
});
