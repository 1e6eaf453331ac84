import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run } from '../helpers/analysis-case.js';

// Issue 10 (entities grouped whole), session 19: each class on passages of our own, marked by hand
// before lede was run on them.

describe('a surname with a run of particles', () => {
  it('keeps "von der", "van der", "de la" inside the full name the tagger cut in two', () => {
    const a = run(
      'Brussels talks',
      'Ursula von der Leyen arrived in Kyiv on Friday. Von der Leyen met President Volodymyr Zelensky.',
      'Rafael van der Vaart, the former midfielder, opened a school in Hamburg. Van der Vaart said he was proud.',
      'Bernardo de la Paz won the mayoral race in Seville. De la Paz thanked his supporters.',
    );
    expect(mentionsOf(a, 'Ursula von der Leyen')).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
    expect(entityOf(a, 'Ursula von der Leyen')?.type).toBe('person');
    expect(mentionsOf(a, 'Rafael van der Vaart')).toEqual(['Rafael van der Vaart', 'Van der Vaart']);
    expect(mentionsOf(a, 'Bernardo de la Paz')).toEqual(['Bernardo de la Paz', 'De la Paz']);
  });

  // A guard: two names with a lower-case word between them that is no particle stay two.
  it('does not join two names across an ordinary word', () => {
    const a = run('Trade talks', 'Talks between Paris and Berlin resumed, with Madrid to follow.');
    expect(mentionsOf(a, 'Paris')).toEqual(['Paris']);
    expect(mentionsOf(a, 'Berlin')).toEqual(['Berlin']);
  });
});

describe('a sentence of names around one verb in lower case', () => {
  it('is prose, not a Title Case headline: a full name with an ordinary word in it is kept', () => {
    const a = run(
      'Architects and preachers',
      'Frank Lloyd Wright designed Fallingwater in Pennsylvania. The house opened to visitors later.',
      'Martin Luther King Jr. spoke in Washington in 1963. The speech drew a vast crowd.',
    );
    expect(mentionsOf(a, 'Frank Lloyd Wright')).toEqual(['Frank Lloyd Wright']);
    expect(entityOf(a, 'Frank Lloyd Wright')?.type).toBe('person');
    expect(mentionsOf(a, 'Martin Luther King Jr.')).toEqual(['Martin Luther King Jr.']);
  });

  // A guard: a Title Case headline of ordinary words stays no name.
  it('still reads a Title Case heading as one', () => {
    const a = run('Lighthouse Keepers Brace For Winter Storms', 'Keepers on the coast said the season was hard.');
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a surname that is an ordinary word', () => {
  it('is the person’s later mention when the text uses the word only as the name', () => {
    const a = run(
      'Civil rights',
      'The crowd gathered to hear Martin Luther King Jr. in Washington. In his speech, King spoke of a dream. Historians say King changed the nation.',
      'The former manager of Johnny Cash has died. He managed Cash’s career for a decade.',
    );
    expect(mentionsOf(a, 'Martin Luther King Jr.')).toEqual(['Martin Luther King Jr.', 'King', 'King']);
    expect(mentionsOf(a, 'Johnny Cash')).toEqual(['Johnny Cash', 'Cash']);
  });

  // Guards: the word as a common noun, a title or part of another name leaves it to no one.
  it('leaves it alone where the text also uses the word otherwise', () => {
    const a = run(
      'Books and crowns',
      'Stephen King published a new novel. Fans queued, and King signed copies. The King opened Parliament on Tuesday.',
      'Peter Rice runs a farm in Texas. Critics said Rice had overstated his yields, and rice prices fell.',
    );
    expect(mentionsOf(a, 'Stephen King')).toEqual(['Stephen King']);
    expect(mentionsOf(a, 'Peter Rice')).toEqual(['Peter Rice']);
  });
});

describe('a listed firm by its first word', () => {
  it('joins "Goldman" to "Goldman Sachs" and "JPMorgan" to "JPMorgan Chase & Co."', () => {
    const a = run(
      'Wall Street deals',
      'JPMorgan Chase & Co. agreed to buy a regional lender. JPMorgan said the deal would close quickly.',
      'Goldman Sachs cut its growth forecast on Monday. Goldman said inflation would ease.',
    );
    expect(mentionsOf(a, 'JPMorgan Chase & Co.')).toEqual(['JPMorgan Chase & Co.', 'JPMorgan']);
    expect(mentionsOf(a, 'Goldman Sachs')).toEqual(['Goldman Sachs', 'Goldman']);
    expect(entityOf(a, 'Goldman')?.type).toBe('organization');
  });

  // A guard: where a person has the same name, the bare word goes to neither.
  it('leaves the word to no one when a person of that name is in the article too', () => {
    const a = run(
      'Wall Street hires',
      'Goldman Sachs hired Emily Goldman as a partner in London. Goldman said she was delighted to join.',
    );
    expect(mentionsOf(a, 'Goldman Sachs')).toEqual(['Goldman Sachs']);
    expect(mentionsOf(a, 'Emily Goldman')).toEqual(['Emily Goldman']);
  });
});

describe('a shop’s or a bar’s name with a possessive', () => {
  it('is one organisation, not a person and a stray word: "Sam’s Club", "Harry’s Bar"', () => {
    const a = run(
      'Shopping news',
      'Sam’s Club will close 60 stores across the country, the retailer said on Thursday. Sam’s Club, which is owned by Walmart, said the closures would affect 10,000 workers.',
      'Harry’s Bar in Venice reopened in June. Regulars said Harry’s Bar had barely changed.',
    );
    expect(mentionsOf(a, 'Sam’s Club')).toEqual(['Sam’s Club', 'Sam’s Club']);
    expect(entityOf(a, 'Sam’s Club')?.type).toBe('organization');
    expect(mentionsOf(a, 'Harry’s Bar')).toEqual(['Harry’s Bar', 'Harry’s Bar']);
    expect(a.entities.some((e) => e.type === 'person' && e.name === 'Sam')).toBe(false);
  });

  // A guard: a place's possessive is no shop's name.
  it('leaves a place’s possessive alone', () => {
    const a = run('Football', 'France’s Club of the Year award went to Lyon. France won the vote easily.');
    expect(entityOf(a, 'France')?.type).toBe('place');
    expect(mentionsOf(a, 'France')).toEqual(['France', 'France']);
  });
});

describe('a firm named after a person', () => {
  it('takes the surname alone as its short form: "Disney" of "The Walt Disney Co."', () => {
    const a = run(
      'Media deals',
      'The Walt Disney Co. agreed to buy a streaming service on Monday. Disney shares rose 3% after the announcement, and analysts said Disney had paid a fair price.',
    );
    expect(mentionsOf(a, 'Walt Disney Co.')).toEqual(['Walt Disney Co.', 'Disney', 'Disney']);
    expect(entityOf(a, 'Disney')?.type).toBe('organization');
  });

  // A guard: the surname of a person the text names goes to that person, not to the firm.
  it('leaves a person’s surname to the person of that name', () => {
    const a = run(
      'Retail results',
      'Charles Schwab Corp. reported higher profits on Tuesday. Amy Schwab, a branch manager in Denver, said demand was strong. Schwab added that clients were cautious.',
    );
    expect(mentionsOf(a, 'Amy Schwab')).toEqual(['Amy Schwab', 'Schwab']);
    expect(entityOf(a, 'Amy Schwab')?.type).toBe('person');
  });
});

describe('a publication’s national edition', () => {
  it('is an organisation, not a person: "Wired Italy"', () => {
    const a = run(
      'Data breach',
      'The story was first reported by Wired Italy. Wired Italy said the data had been stolen in March.',
    );
    expect(mentionsOf(a, 'Wired Italy')).toEqual(['Wired Italy', 'Wired Italy']);
    expect(entityOf(a, 'Wired Italy')?.type).toBe('organization');
  });

  // A guard: a person whose surname is a country's name stays a person.
  it('leaves a person named after a country a person', () => {
    const a = run('Basketball', 'Michael Jordan scored 40 points on Sunday. Jordan said the team had played well.');
    expect(entityOf(a, 'Michael Jordan')?.type).toBe('person');
  });
});

describe('an acronym used without parentheses', () => {
  it('joins the full name whose initials it spells, even one that is a word: "WHO"', () => {
    const a = run(
      'Virus warning',
      'The World Health Organization warned on Friday that cases were rising. WHO officials said the virus was spreading, and the head of WHO urged calm.',
    );
    expect(mentionsOf(a, 'World Health Organization')).toEqual(['World Health Organization', 'WHO', 'WHO']);
    expect(entityOf(a, 'WHO')?.type).toBe('organization');
  });

  // A guard: a headline in capitals spells words, not initials.
  it('leaves the same letters alone in a line of capitals', () => {
    const a = run(
      'Virus warning',
      'The World Health Organization warned on Friday that cases were rising.',
      'WHO WILL PAY FOR THE NEXT WAVE?',
    );
    expect(mentionsOf(a, 'World Health Organization')).toEqual(['World Health Organization']);
  });
});

// Session 20: a bare word that a firm's name and a person's name both hold.
describe('a word read only as a firm, shared with a person’s surname', () => {
  it('is the firm’s: "Ford said" after "Ford Motor Co.", beside "Henry Ford"', () => {
    const a = run(
      'Recall',
      'Ford Motor Co. recalled 200,000 vehicles on Wednesday. Ford said the fault could cause fires. Bill Ford, the executive chairman, apologised to customers. Henry Ford founded the company in 1903.',
    );
    expect(mentionsOf(a, 'Ford Motor Co.')).toEqual(['Ford Motor Co.', 'Ford']);
    expect(mentionsOf(a, 'Henry Ford')).toEqual(['Henry Ford']);
    expect(mentionsOf(a, 'Bill Ford')).toEqual(['Bill Ford']);
  });

  // A guard: where two bodies begin with the word, it goes to neither.
  it('leaves the word to neither of two bodies named with it', () => {
    const a = run(
      'Browser money',
      'The Mozilla Foundation funds research on privacy. The Mozilla Corporation makes a browser. Critics say Mozilla has lost its way, wrote Ann Mozilla in a blog.',
    );
    expect(mentionsOf(a, 'Mozilla Corporation')).toEqual(['Mozilla Corporation']);
    expect(mentionsOf(a, 'Mozilla Foundation')).toEqual(['Mozilla Foundation']);
  });
});

describe('a body’s first word clipped, after "the"', () => {
  it('joins the body: "the Met" of "Metropolitan Police", "the Fed" of "Federal Reserve"', () => {
    const a = run(
      'Police and markets',
      'The Metropolitan Police said two men had been arrested in Hackney on Tuesday night. The Met said its inquiries were continuing.',
      'The Federal Reserve held interest rates on Wednesday. Traders expect the Fed to cut them in March.',
    );
    expect(mentionsOf(a, 'Metropolitan Police')).toEqual(['Metropolitan Police', 'Met']);
    expect(mentionsOf(a, 'Federal Reserve')).toEqual(['Federal Reserve', 'Fed']);
  });

  // A guard: where another name begins with the clipped word, it goes to neither.
  it('leaves "the Met" alone beside "the Met Office"', () => {
    const a = run(
      'Snow',
      'The Met Office warned of heavy snow. The Metropolitan Police closed roads, and the Met urged drivers to stay at home.',
    );
    expect(mentionsOf(a, 'Metropolitan Police')).toEqual(['Metropolitan Police']);
    expect(mentionsOf(a, 'Met Office')).toEqual(['Met Office']);
  });
});
