import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes found in session 21's passages (speakers7, test/fixtures/speakers-passages-5.json): the
// quotation forms of long-form features and magazine pieces, each in sentences written for its test.

describe('a beat before an untagged quotation', () => {
  it('gives the quotation after "Ingrid smiles." to Ingrid, not to the man quoted before', () => {
    const a = run(
      'Orchard',
      'Ingrid Solberg and her son, Anders, still pick the apples by hand.',
      '“It takes forever,” Anders says. Ingrid smiles. “Forever is the point.”',
    );
    expect(speakerOf(a, 'Forever is the point')).toBe('Ingrid Solberg');
    expect(speakerOf(a, 'It takes forever')).toBe('Anders');
  });

  it('reads "Mr. X shrugged." and a pronoun\'s "She sighed."', () => {
    const a = run(
      'Ferry',
      'Tobias Wren has skippered the ferry since 1990.',
      'Mr. Wren shrugged. “The sea decides, not me.”',
      'Clara Finch sells tickets at the pier. She sighed. “Nobody books ahead any more.”',
    );
    expect(speakerOf(a, 'The sea decides')).toBe('Tobias Wren');
    expect(speakerOf(a, 'Nobody books ahead')).toBe('Clara Finch');
  });

  it('gives nothing after a beat whose subject is not a person named', () => {
    const a = run(
      'Ferry',
      'Tobias Wren and Clara Finch run the pier together.',
      'The crowd laughed. “That was the last boat.”',
    );
    expect(speakerOf(a, 'last boat')).toBeNull();
  });
});

describe('a colon after what someone’s words were like', () => {
  it('gives "His verdict was harsh:" to the one man named before', () => {
    const a = run(
      'Review',
      'The inspector, Gareth Nolan, toured the kitchens on Friday.',
      'His verdict was harsh: “I would not eat here.”',
    );
    expect(speakerOf(a, 'would not eat here')).toBe('Gareth Nolan');
  });

  it('reads past "when asked …" inside the clause ("Her response, when asked …, was short:")', () => {
    const a = run(
      'Vote',
      'Councillor Fiona Marsh has voted against every budget since 2019.',
      'Her response, when asked whether that would change this year, was short: “It will not.”',
    );
    expect(speakerOf(a, 'It will not')).toBe('Fiona Marsh');
  });

  it('leaves it empty when the possessive could be either of two women', () => {
    const a = run(
      'Vote',
      'Fiona Marsh and Joan Pike both sit on the council.',
      'Her response was short: “It will not.”',
    );
    expect(speakerOf(a, 'It will not')).toBeNull();
  });
});

describe('a document and its writer after "according to"', () => {
  it('gives "according to a letter from the club’s chairman, Ian Ross." to Ross, not the letter', () => {
    const a = run(
      'Stadium',
      'Season-ticket holders were warned of the price rise in June.',
      'The club could “no longer absorb the cost of policing,” according to a letter from the club’s chairman, Ian Ross.',
    );
    expect(speakerOf(a, 'no longer absorb')).toBe('Ian Ross');
  });

  it('still gives "according to the BBC." to the BBC', () => {
    const a = run('Stadium', 'The club could “no longer absorb the cost,” according to the BBC.');
    expect(speakerOf(a, 'no longer absorb')).toBe('BBC');
  });
});

describe('a definite description with an indefinite one set off after it', () => {
  it('gives "the governor, a Democrat in her second term, said" to the governor named before', () => {
    const a = run(
      'Budget',
      'Governor Dana Whitlock vetoed the budget on Monday.',
      '“This budget spends money we do not have,” the governor, a Democrat in her second term, said at a news conference.',
    );
    expect(speakerOf(a, 'money we do not have')).toBe('Dana Whitlock');
  });

  it('gives it to neither when two governors were named (at most the description)', () => {
    const a = run(
      'Budget',
      'Governor Dana Whitlock and Governor Ellen Price met on Monday.',
      '“This budget spends money we do not have,” the governor, a Democrat in her second term, said at a news conference.',
    );
    expect(['Dana Whitlock', 'Ellen Price']).not.toContain(speakerOf(a, 'money we do not have'));
  });
});

describe('a pronoun through a paragraph whose subject is the same pronoun', () => {
  it('gives "he says" to the man named two paragraphs up when the paragraph between opens on "He"', () => {
    const a = run(
      'Market',
      'Kwame Mensah has sold spices at the market since 1988.',
      'I ask about the new supermarket. He waves a hand at the car park.',
      '“They sell boxes,” he says. “I sell smells.”',
    );
    expect(speakerOf(a, 'They sell boxes')).toBe('Kwame Mensah');
  });

  it('does not reach a "He" further back, past a sentence about someone else', () => {
    const a = run(
      'Debate',
      'Colin Ward accused Neil Dunn of lying. Mr Ward denied it on Monday. He again insisted the budget was balanced.',
      'The opposition leader countered that the figures were false. He declared: “This budget is a fiction.”',
    );
    expect(speakerOf(a, 'budget is a fiction')).not.toBe('Colin Ward');
  });

  it('leaves it empty when two men were named up there', () => {
    const a = run(
      'Market',
      'Kwame Mensah and Tenzin Dorje have sold spices at the market since 1988.',
      'I ask about the new supermarket. He waves a hand at the car park.',
      '“They sell boxes,” he says.',
    );
    expect(speakerOf(a, 'They sell boxes')).toBeNull();
  });
});

describe('a written thing that speaks, and its writer named before', () => {
  it('gives "the letter said" to the one whose letter the sentence before names', () => {
    const a = run(
      'Resignation',
      'A letter delivered to the board on Friday by the club’s treasurer, Martin Hale, ended the dispute.',
      '“I can no longer sign accounts I do not believe,” the letter said.',
    );
    expect(speakerOf(a, 'no longer sign')).toBe('Martin Hale');
  });

  it('does not give it to one named as another’s ("a letter from Hale’s lawyer")', () => {
    const a = run(
      'Resignation',
      'A letter from Martin Hale’s lawyer reached the board on Friday.',
      '“My client will not sign the accounts,” the letter said.',
    );
    expect(speakerOf(a, 'will not sign')).not.toBe('Martin Hale');
  });
});

describe('a present-tense tag set off by commas, read as a noun by the tagger', () => {
  it('gives "The rule, Okafor observes, was “…”" to Okafor', () => {
    const a = run(
      'Zoning',
      'Planner Bisi Okafor has studied the city’s zoning code since 2010.',
      'The old rule, Okafor observes, was “written for a city of horses.”',
      'Prices have doubled, Okafor notes, and “nobody planned for that.”',
    );
    expect(speakerOf(a, 'city of horses')).toBe('Bisi Okafor');
    expect(speakerOf(a, 'nobody planned')).toBe('Bisi Okafor');
  });
});

describe('answers in a question-and-answer interview', () => {
  it('gives each "A:" answer to the one person the introduction names, and the questions to no one', () => {
    const a = run(
      'Interview',
      'Oksana Petrenko, who runs the city’s largest food bank, talked to us in her office.',
      'Q: “How many families come each week?”',
      'A: “About nine hundred, and rising.”',
      'Q: “What do you need most?”',
      'A: “Volunteers on Saturdays.”',
    );
    expect(speakerOf(a, 'nine hundred')).toBe('Oksana Petrenko');
    expect(speakerOf(a, 'Volunteers on Saturdays')).toBe('Oksana Petrenko');
    expect(speakerOf(a, 'What do you need')).toBeNull();
  });

  it('leaves the answers empty when the introduction names two people', () => {
    const a = run(
      'Interview',
      'Oksana Petrenko and Dmytro Koval run the city’s largest food bank.',
      'Q: “How many families come each week?”',
      'A: “About nine hundred, and rising.”',
    );
    expect(speakerOf(a, 'nine hundred')).toBeNull();
  });
});
