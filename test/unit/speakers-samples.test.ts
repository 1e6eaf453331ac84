import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes found in session 16's samples of BBC articles (seeds 1527 and 1127), each in sentences
// written for its test.

describe('wrong speakers in the samples', () => {
  it('does not give a quotation to the subject of a relative clause whose object is the quotation before', () => {
    const a = run(
      'Agencies',
      'Green spokesman Piet Molenaar said instead of the "cull of agencies" the Union Party had promised, there had been a "boom" of them.',
    );
    expect(speakerOf(a, 'cull of agencies')).toBe('Piet Molenaar');
    expect(speakerOf(a, 'boom')).not.toBe('Union Party');
  });

  it('does not read "Echoing X, the minister said" as X being the minister', () => {
    const a = run(
      'Talks',
      'Lena Ostrova has said the talks will go on.',
      'Echoing the new foreign secretary Marek Halas, the prime minister said the plan had changed. The prime minister conceded that the other side had "a harder position" than before.',
    );
    expect(speakerOf(a, 'a harder position')).not.toBe('Marek Halas');
  });
});

describe('missing speakers in the samples', () => {
  it('reads "“…” said X" with the comma left out', () => {
    const a = run(
      'Games',
      '"Show me a studio that can live on sequels alone and I will write its obituary" said Irma Kessler, head of research at Pixelhaus.',
      'The market grew by a fifth. 2024 was a "record year" said Tobias Lind, director of the trade body.',
    );
    expect(speakerOf(a, 'Show me a studio')).toBe('Irma Kessler');
    expect(speakerOf(a, 'record year')).toBe('Tobias Lind');
  });

  it('reads a "says X," set off by commas inside the sentence', () => {
    const a = run(
      'Inventions',
      'Great inventions change lives.',
      'The car changed cities. But, says Roberta Finch, senior vice-president of research at Calder Systems, it was not "the thing" itself that mattered.',
      'Ultimately, there will be, says Ms Finch, no value in being "offline by choice".',
    );
    expect(speakerOf(a, 'the thing')).toBe('Roberta Finch');
    expect(speakerOf(a, 'offline by choice')).toBe('Roberta Finch');
  });

  it('reads "X was quoted as saying", before and after the quotation', () => {
    const a = run(
      'Aid',
      'The union\'s aid commissioner, Pieter Vandam, was quoted as saying that it was key to send help "in the first hours after the flood".',
      '"The biggest challenge is clean water," Samira Haddad was quoted as saying.',
    );
    expect(speakerOf(a, 'first hours')).toBe('Pieter Vandam');
    expect(speakerOf(a, 'clean water')).toBe('Samira Haddad');
  });

  it('gives "X, who …, vowed to fight back, saying:" to X', () => {
    const a = run(
      'Colours',
      '"Our colour is ours," Brightline said in a statement. However, Mr Castellano, who plans to launch the service next month, vowed to fight back, saying: "We have nothing to fear in this case."',
    );
    expect(speakerOf(a, 'nothing to fear')).toBe('Castellano');
  });

  it('gives unattributed first-person sentences of an interview to its one voice', () => {
    const a = run(
      'Recovery',
      '"I was in a lot of pain," says Declan Roche. "I thought one of my toes was broken," Roche said.',
      'Roche spent three months in a body cast. He then progressed to crutches. "Walking without the crutches felt like real progress in my recovery."',
    );
    expect(speakerOf(a, 'Walking without')).toBe('Declan Roche');
  });

  it('leaves such a sentence alone when the text quotes two people', () => {
    const a = run(
      'Recovery',
      '"I was in a lot of pain," says Declan Roche. "It was a hard case," said his surgeon, Mira Holt.',
      'Roche spent three months in a body cast. "Walking without the crutches felt like real progress in my recovery."',
    );
    expect(speakerOf(a, 'Walking without')).toBeNull();
  });
});

describe('pronouns in an interview with one voice', () => {
  it('gives "“…,” he says" and "He is prepared to go this far: “…”" to the one voice', () => {
    const a = run(
      'Skills',
      '"We will need new skills," says Anton Weber of Helix Labs. "I am a big believer in training," Mr Weber said.',
      'Devices will become part of the furniture, the walls and our clothing.',
      'This is going to need a broader range of experience. "The industry is going to be short of engineers," he says.',
      'Hiring has slowed across the sector this year.',
      'But does that leave his firm exposed? He is prepared to go this far: "We will hire abroad if we must."',
    );
    expect(speakerOf(a, 'short of engineers')).toBe('Anton Weber');
    expect(speakerOf(a, 'hire abroad')).toBe('Anton Weber');
  });
});

describe("a spokesman's pronoun", () => {
  it('gives "“…,” he said" after a spokesman\'s words to his organisation, and not "she"', () => {
    const a = run(
      'Charts',
      'The first chart was published on Sunday.',
      'A spokesman for the Northern Music Guild said the combined chart was due "within the first half of the year". "Work is going on across the business to make sure it works," he said.',
      'A spokeswoman for the Coastal Radio Trust said listeners liked the "new format". "We expect more of them next year," he said.',
    );
    expect(speakerOf(a, 'Work is going on')).toMatch(/Northern Music Guild/);
    expect(speakerOf(a, 'We expect more')).toBeNull();
  });
});

describe("other outlets' forms", () => {
  it('reads a colon after "Role Name put it this way", and not after a preposition', () => {
    const a = run(
      'Levy',
      'The council voted on Tuesday to study a new levy for buses.',
      'Transit advocate Lina Mertz put it this way: "Either we pay now or we pay more later."',
      'After meeting Lina Mertz the council was blunt: "We will decide in May."',
    );
    expect(speakerOf(a, 'Either we pay now')).toBe('Lina Mertz');
    expect(speakerOf(a, 'decide in May')).not.toBe('Lina Mertz');
  });
});

describe('one voice, and another person named', () => {
  it('leaves a first-person sentence alone when the person last named is not the voice', () => {
    const a = run(
      'Wearables',
      '"Materials will change how we dress," said Professor Ada Wren. "I expect it within ten years," Prof Wren said.',
      'Music players will disappear into our clothing, says Mr Lucas Pym. "So the gadgets that fill up your bag will be stitched into my jacket."',
    );
    expect(speakerOf(a, 'stitched into my jacket')).not.toBe('Ada Wren');
  });
});
