import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseHtml } from '../../src/load/html.js';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes found in session 19's passages (speakers5, test/fixtures/speakers-passages-3.json),
// each in sentences written for its test.

describe('a person the tagger typed as a place', () => {
  it('counts as a second woman when joined to a person by "and", so "she said" is left to no one', () => {
    const a = run(
      'Stall',
      'Joan Hill and Linda Park sell cheese at the Saturday market.',
      '“Nobody buys brie any more,” she said.',
    );
    expect(a.entities.find((e) => e.name === 'Linda Park')?.type).not.toBe('person');
    expect(speakerOf(a, 'Nobody buys brie')).toBeNull();
  });

  it('counts when the name is the subject of a speech verb', () => {
    const a = run('Rent', 'Linda Park said the rent was too high. Joan Hill agreed.', '“We cannot pay,” she said.');
    expect(speakerOf(a, 'We cannot pay')).toBeNull();
  });

  it('does not count a place that only opens with a given name', () => {
    const a = run(
      'Park',
      'Victoria Park reopened on Monday. Jane Moss walks there daily.',
      '“It is lovely,” she said.',
    );
    expect(speakerOf(a, 'It is lovely')).toBe('Jane Moss');
  });
});

describe('the credit line of an embedded post or an epigraph', () => {
  it('gives the words before "— Name (@handle) date" to the name', () => {
    const a = run('Win', '“Best day of my career. Thanks for the support.” — Nadia Ferris (@nferris) April 9, 2023');
    expect(speakerOf(a, 'Best day of my career')).toBe('Nadia Ferris');
  });

  it('reads a credit line on the paragraph after the words', () => {
    const a = run('Sea', 'The book opens with a warning.', '“The sea gives nothing back.”', '— Oskar Lindgren');
    expect(speakerOf(a, 'gives nothing back')).toBe('Oskar Lindgren');
  });

  it('gives an embedded post to its author, not to the speaker of the paragraph before', async () => {
    const html =
      '<html><body><article><h1>Night out</h1>' +
      '<p>Fans stayed out late. “It was the best night of my life,” said Ann Cole, 34.</p>' +
      '<blockquote class="twitter-tweet"><p>Unreal scenes in the square tonight</p>&mdash; Pete Marsh (@petemarsh) <a href="https://example.org/1">May 3, 2024</a></blockquote>' +
      '<blockquote class="twitter-tweet"><p>What a night for the city</p>&mdash; a fan account (@citynights) May 3, 2024</blockquote>' +
      '<p>The square was cleared by two.</p></article></body></html>';
    const a = analyze(await parseHtml(html, 'case.html'));
    expect(speakerOf(a, 'Unreal scenes')).toBe('Pete Marsh');
    expect(speakerOf(a, 'Pete Marsh (@petemarsh)')).toBeNull();
    expect(speakerOf(a, 'What a night')).toBeNull();
  });
});

describe('a profile: "she says" paragraphs after the one who is named once', () => {
  const opening = ['Elaine Foster has run the lighthouse museum since 2002.', '“People come for the view,” she says.'];

  it('resolves past a paragraph about a man to the only woman in play', () => {
    const a = run(
      'Museum',
      ...opening,
      'Her deputy, Paul Grant, looks after the gift shop.',
      'The shop opens at ten.',
      '“We are busy all summer,” she says.',
    );
    expect(speakerOf(a, 'busy all summer')).toBe('Elaine Foster');
  });

  it('does not resolve when someone of unknown gender was named in between', () => {
    const a = run(
      'Museum',
      ...opening,
      'Her deputy, Kit Okoro, looks after the gift shop.',
      'The shop opens at ten.',
      '“We are busy all summer,” she says.',
    );
    expect(speakerOf(a, 'busy all summer')).toBeNull();
  });

  it('does not resolve past a sentence about someone new', () => {
    const a = run(
      'Museum',
      ...opening,
      'Her deputy, Paul Grant, looks after the gift shop. A volunteer sells the tickets.',
      '“We are busy all summer,” she says.',
    );
    expect(speakerOf(a, 'busy all summer')).toBeNull();
  });
});

describe('a colon after a clause whose opening name has an aside', () => {
  it('reads past a relative clause between commas', () => {
    const a = run(
      'Union',
      'Dana Pruitt, who has led the union since 2015, had a message for the board: “We will not sign.”',
    );
    expect(speakerOf(a, 'We will not sign')).toBe('Dana Pruitt');
  });

  it('gives it to the name, not to one the aside names', () => {
    const a = run('Hire', 'Tom Reed, who hired Lena Voss in May, had a warning for the staff: “Nobody is safe.”');
    expect(speakerOf(a, 'Nobody is safe')).toBe('Tom Reed');
  });
});

describe('a pronoun is not read as someone the quotation names', () => {
  it('leaves "“Jonas has been a revelation,” he said" to no one after "signed Jonas Berg"', () => {
    const a = run('Signing', 'The club signed Jonas Berg in June.', '“Jonas has been a revelation,” he said.');
    expect(speakerOf(a, 'a revelation')).toBeNull();
  });

  it('still reads "she said" as the one named before when the quotation speaks as her', () => {
    const a = run('Race', 'Greta Holm won the race in record time.', '“I trained harder than anyone,” she said.');
    expect(speakerOf(a, 'trained harder')).toBe('Greta Holm');
  });

  it('does not count a family or a business named after her', () => {
    const a = run('Cafe', 'Paula Grant runs a cafe on the quay.', '“Paula’s Kitchen was my mother’s idea,” she said.');
    expect(speakerOf(a, 'my mother’s idea')).toBe('Paula Grant');
  });
});

describe('"That was how X, a …, described it" after a quotation', () => {
  it('gives the quotation to the name past the frame and its aside', () => {
    const a = run(
      'Flood',
      '“The water rose in minutes.” That was how Omar Haddad, a farmer near the river, described the flood.',
    );
    expect(speakerOf(a, 'water rose in minutes')).toBe('Omar Haddad');
  });

  it('needs a speech verb after the aside', () => {
    const a = run(
      'Flood',
      '“The water rose in minutes.” That was how Omar Haddad, a farmer near the river, spent the night.',
    );
    expect(speakerOf(a, 'water rose in minutes')).toBeNull();
  });
});

describe('"…, which X described as “…”"', () => {
  it('gives the quotation to the subject of the relative clause, not to what "which" stands for', () => {
    const a = run(
      'Show',
      'Nina Cole runs the station. The show sold out within a week of its launch, which Ms Cole described as “a small miracle”.',
    );
    expect(speakerOf(a, 'a small miracle')).toBe('Nina Cole');
  });

  it('gives "X, who … worked with Y, told …" to X, not to the name that ends the clause', () => {
    // Session 19's merge: "Leigh, who had … nominations for Secrets and Lies and Topsy Turvy, told
    // BBC News 24 …" went to the film; "who" opens a clause whose subject is X itself.
    const a = run(
      'Prize',
      'Ana Ruiz, who spent ten years working with Tom Avery, told reporters the news was “wonderful”.',
      'Mr Berg, who once sued the publisher of Clara Dunn, said the ruling was “long overdue”.',
    );
    expect(speakerOf(a, 'wonderful')).toBe('Ana Ruiz');
    expect(speakerOf(a, 'long overdue')).toBe('Berg');
  });

  it('still gives "X, who …, said" to X', () => {
    const a = run('Firm', 'Peter Tom, who will remain as chief executive, said the firm was “in good shape”.');
    expect(speakerOf(a, 'in good shape')).toBe('Peter Tom');
  });
});

describe('a sentence about someone described, between a speaker and "he said"', () => {
  const injury = 'Tom Hart will miss the final after hurting his knee.';

  it('leaves "he said" empty after "The Englishman …" when the last speaker was never called so', () => {
    const a = run(
      'Knee',
      injury,
      '“He needs complete rest,” said team doctor Ian Moss. “It will take weeks.” The Englishman is still hoping to play. “I will be back,” he said.',
    );
    expect(speakerOf(a, 'I will be back')).toBeNull();
  });

  it('reads past a sentence opening on a thing or a team ("The defences …", "The Tigers are …")', () => {
    // Session 19's merge: any "The <noun> <verb>" counted as someone brought in, and "she said"
    // lost its speaker after "The defences being put in place constantly monitor …".
    const a = run(
      'Attacks',
      'Mia Holt, spokeswoman for the provider, said attacks came every few days. The defences being put in place constantly watch the traffic. “We study the patterns,” she said.',
      'Leo Brandt has started every game. The Tigers are top of the table. “I am pleased with my form,” he said.',
    );
    expect(speakerOf(a, 'We study the patterns')).toBe('Mia Holt');
    expect(speakerOf(a, 'pleased with my form')).toBe('Leo Brandt');
  });

  it('still reads "he said" as the speaker the description fits', () => {
    const a = run(
      'Knee',
      injury,
      '“He needs complete rest,” said team doctor Ian Moss. The doctor has treated many such injuries. “It takes weeks,” he said.',
    );
    expect(speakerOf(a, 'It takes weeks')).toBe('Ian Moss');
  });
});
