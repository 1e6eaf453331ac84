/** A "book": many short stories under headings, each naming its own people and quoting them. */
export function book(stories: number): string {
  const out = ['A book of stories', ''];
  for (let i = 0; i < stories; i++) {
    out.push(`# Story ${i + 1}`, '');
    out.push(`Maria Lopez met Daniel Okafor in Lisbon on Monday, and they spoke for ${i + 2} hours.`, '');
    out.push(`“We will build ${i + 3} new schools,” said Daniel Okafor, the mayor of Porto.`, '');
    out.push('The plan was agreed by the council after a long debate about the budget and the roads.', '');
  }
  return out.join('\n');
}
