import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes found in session 22's passages (speakers8, test/fixtures/speakers-passages-6.json): the
// quotation forms of sports, science, court, tech and tabloid reports and of untagged dialogue,
// each in sentences written for its test.

describe('a nationality or a team role standing for the one person named', () => {
  it('gives "the Welshman added" and "the Brazilian said" to the man named before', () => {
    const a = run(
      'Open',
      'Rhys Morgan shot a 66 to lead by two at Carnoustie.',
      '“The wind dropped just when I needed it,” the Welshman added.',
      'Bruno Tavares beat the champion in three sets.',
      '“I played without fear,” the Brazilian said.',
    );
    expect(speakerOf(a, 'wind dropped')).toBe('Rhys Morgan');
    expect(speakerOf(a, 'without fear')).toBe('Bruno Tavares');
  });

  it('reads "the skipper said" and "the winger said" as the player named', () => {
    const a = run(
      'Test',
      'England captain Joe Hart made a century in Brisbane.',
      '“It was hot out there,” the skipper said.',
    );
    expect(speakerOf(a, 'hot out there')).toBe('Joe Hart');
  });

  it('gives "the Argentine said" to neither of two men who could be him', () => {
    const a = run(
      'Race',
      'Diego Luna and Marco Rossi crashed at the first corner.',
      '“It was a racing incident,” the Argentine said.',
    );
    expect(['Diego Luna', 'Marco Rossi']).not.toContain(speakerOf(a, 'racing incident'));
  });

  it('does not give "the Irishman said" to a man named after another’s "He …" in his sentence', () => {
    const a = run(
      'Cup',
      'Shane Kelly captained the side on Saturday.',
      'He said the win, which came from goals by Tom Baxter, was hard work. “The pitch was awful,” the Irishman said.',
    );
    expect(speakerOf(a, 'pitch was awful')).not.toBe('Tom Baxter');
  });

  it('does not read "the French said" as a person', () => {
    const a = run(
      'Talks',
      'Foreign minister Anne Claire met her German counterpart on Monday.',
      'The French said the talks had been “frank and useful.”',
    );
    expect(speakerOf(a, 'frank and useful')).not.toBe('Anne Claire');
  });
});

describe('the untagged lines of a two-person dialogue take turns', () => {
  it('gives each bare line to the one who spoke two lines before', () => {
    const a = run(
      'Porch',
      'Edith Crane and her neighbour, Walter Boyd, have shared a fence for forty years.',
      '“You never fixed that gate,” Edith said.',
      '“You never asked me to,” Boyd said.',
      '“I asked you every spring.”',
      '“Not loudly enough.”',
    );
    expect(speakerOf(a, 'never fixed that gate')).toBe('Edith Crane');
    expect(speakerOf(a, 'never asked me')).toBe('Walter Boyd');
    expect(speakerOf(a, 'every spring')).toBe('Edith Crane');
    expect(speakerOf(a, 'Not loudly enough')).toBe('Walter Boyd');
  });

  it('leaves the writer’s own bare question empty ("I asked her" two lines up)', () => {
    const a = run(
      'Shop',
      'Irene Voss kept the shop open through both recessions.',
      '“Were you ever tempted to sell?” I asked her.',
      '“Every week,” Voss said.',
      '“So why didn’t you?”',
    );
    expect(speakerOf(a, 'Every week')).toBe('Irene Voss');
    expect(speakerOf(a, 'why didn’t you')).toBeNull();
  });

  it('keeps news’s bare paragraph in the last voice when the lines are not an exchange', () => {
    const a = run(
      'Depot',
      'The bus depot on Mill Road will close in May.',
      '“It is the end of an era for the town,” said driver Colin Platt.',
      '“We were given two weeks’ notice, which is a disgrace,” said union official Janet Rowe.',
      '“Nobody from the company has explained where the buses will go.”',
    );
    expect(speakerOf(a, 'Nobody from the company')).toBe('Janet Rowe');
  });

  it('does not take turns after a line whose tag has a long clause around it', () => {
    const a = run(
      'Market',
      'Traders at the market were split over the new parking charges on Saturday.',
      '“You can’t park anywhere now,” said Dev Patel, who has sold fruit here since 1998.',
      '“Are you surprised?” said Amy Hart.',
      '“They want us out.”',
    );
    expect(speakerOf(a, 'want us out')).not.toBe('Dev Patel');
  });
});

describe('the tabloids’ speech verbs', () => {
  it('reads "he fumed", "she sobbed" and "X raged:" as tags', () => {
    const a = run(
      'Estate',
      'Tenant Gary Webb has waited eight months for a new boiler.',
      '“They treat us like dirt,” he fumed.',
      'Pensioner Maureen Tate raged: “I have been cold since March.”',
      'Her neighbour Lisa Crane has been moved twice. “I just want a home,” she sobbed.',
    );
    expect(speakerOf(a, 'like dirt')).toBe('Gary Webb');
    expect(speakerOf(a, 'cold since March')).toBe('Maureen Tate');
    expect(speakerOf(a, 'just want a home')).toBe('Lisa Crane');
  });

  it('gives a headline’s quotation to the man whose fuming the first sentence reports', () => {
    const a = run(
      '‘I was robbed!’ Boxer Jake Rowe hits out at judges',
      'Jake Rowe fumed at the judges after losing on points in Manchester on Saturday night.',
    );
    expect(speakerOf(a, 'I was robbed')).toBe('Jake Rowe');
  });
});

describe('a speaker named in the sentence after the quotation', () => {
  it('reads "So says X, who …", "That was the verdict of <role> X" and "The words came from X"', () => {
    const a = run(
      'Harbour',
      '“The harbour is dying.” So says Moira Flett, who has fished here since 1975.',
      '“Nobody dredged it for years.” That was the verdict of surveyor Ian Gunn, who inspected the walls.',
      '“We will not abandon Stromness.” The words came from Councillor Eric Tait, speaking on Monday.',
    );
    expect(speakerOf(a, 'harbour is dying')).toBe('Moira Flett');
    expect(speakerOf(a, 'Nobody dredged')).toBe('Ian Gunn');
    expect(speakerOf(a, 'not abandon')).toBe('Eric Tait');
  });

  it('gives nothing when the verdict is a body’s, not a person’s', () => {
    const a = run(
      'Harbour',
      'Moira Flett has fished here since 1975.',
      '“The walls are unsafe.” That was the verdict of the inspectors, who visited in May.',
    );
    expect(speakerOf(a, 'walls are unsafe')).toBeNull();
  });
});
