/**
 * A "chronicle": a long document of many dated stories under headings, in which people, places
 * and organisations come back across the whole text, by full name early and by surname or
 * short name later (so the names of one part are grouped with those of another), with quotes,
 * figures and dates. Long enough for several parts (analysis/analyze.ts's partsOf).
 */
const PEOPLE = [
  ['Maria', 'Lopez'],
  ['Daniel', 'Okafor'],
  ['Ingrid', 'Halvorsen'],
  ['Tomasz', 'Wierzbicki'],
  ['Amara', 'Nwosu'],
  ['Kenji', 'Watanabe'],
  ['Fatima', 'Haddad'],
  ['Oliver', 'Brennan'],
] as const;
const PLACES = ['Lisbon', 'Porto', 'Gdansk', 'Lagos', 'Osaka', 'Beirut', 'Dublin', 'Bergen'] as const;
const GROUPS = [
  ['the European Investment Bank', 'the bank'],
  ['the World Health Organization', 'WHO'],
  ['the Port Workers Union', 'the union'],
] as const;
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'] as const;

export function chronicle(stories: number): string {
  const out = ['A chronicle of the year', ''];
  for (let i = 0; i < stories; i++) {
    const [first, last] = PEOPLE[i % PEOPLE.length]!;
    const [, otherLast] = PEOPLE[(i * 3 + 1) % PEOPLE.length]!;
    const place = PLACES[(i * 5) % PLACES.length]!;
    const [group, short] = GROUPS[i % GROUPS.length]!;
    const month = MONTHS[i % MONTHS.length]!;
    // The first time round each person is named in full; later only by title and surname.
    const who = i < PEOPLE.length * 2 ? `${first} ${last}` : `Dr ${last}`;
    out.push(`# ${place}, ${i + 1} ${month}`, '');
    out.push(
      `${who} met ${otherLast} in ${place} on ${1 + (i % 27)} ${month} 2024, and they spoke for ${i + 2} hours about ${group}.`,
      '',
    );
    out.push(`“We will build ${i + 3} new schools and ${2 * i + 5} clinics,” said ${last}, who leads the talks.`, '');
    out.push(
      `Officials at ${short === 'WHO' ? 'WHO' : group} said ${(i % 90) + 10}% of the money would come from ${place}.`,
      '',
    );
  }
  return out.join('\n');
}
