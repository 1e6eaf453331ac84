/**
 * Texts written for the tests. LIBRARY_STORY: a quotation over three paragraphs (each reopening
 * the mark without closing the one before, as newspapers write), a scare quote, straight marks
 * paired across a quotation cut short by a new one, and a quote interrupted by its speaker.
 */
export const LIBRARY_STORY = [
  'Council closes the old library',
  '',
  '“The building is no longer safe,” said Jane Okafor, the council leader. “We looked at every option.',
  '',
  '“We looked at repairs, at a sale, at a partnership with the college.',
  '',
  '“None of them would have kept the doors open,” she said on Tuesday.',
  '',
  'Residents called the decision “a betrayal” and said they would appeal. Tom Reyes, who chairs the Friends of the Library, said: "We will fight this. "Every week we hear from families who depend on it."',
  '',
  '“It was,” Ms Okafor added, “the hardest call I have made.”',
].join('\n');
