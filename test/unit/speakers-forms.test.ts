import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Forms of attribution that were missing or wrong in session 15's sample (40 BBC articles) and in
// sentences written in the style of other outlets, each in sentences written for its test.

describe('forms of attribution', () => {
  it('gives "Role, Name, added:" to the name, not to the speaker before', () => {
    const a = run(
      'Camp',
      '"The camp went well," said Mara Kovac. Harbour Club chief executive, Tomas Berg, added: "We want more of it."',
    );
    expect(speakerOf(a, 'camp went well')).toBe('Mara Kovac');
    expect(speakerOf(a, 'want more of it')).toBe('Tomas Berg');
  });

  it('reads a colon after a short clause that opens with a title the lexicon lacks, or with "he"', () => {
    const a = run(
      'Plan',
      'Councilwoman Helena Marsh was blunt: "This plan is a gift to developers."',
      'Oskar Brandt is far too canny to make grand claims. But does that mean his party will come second? He is prepared to go this far: "We will not lose."',
    );
    expect(speakerOf(a, 'gift to developers')).toBe('Helena Marsh');
    expect(speakerOf(a, 'We will not lose')).toBe('Oskar Brandt');
  });

  it('reads a verb-first "Said X:"', () => {
    const a = run('Fares', 'Ilse Varga leads the drivers\' union. Said Varga: "We were not consulted on the fares."');
    expect(speakerOf(a, 'not consulted')).toMatch(/Varga$/);
  });

  it('gives "“…,” she added" to the reporter of the paragraph before when the pronoun fits', () => {
    const a = run(
      'Guns',
      '"It is less than a hundred," President Ana Lindqvist said.',
      'The president said she would continue fighting for stricter laws',
      '"For us not to resolve that is distressing," she added.',
    );
    expect(speakerOf(a, 'distressing')).toBe('Ana Lindqvist');
  });

  it('leaves "“…,” he added" empty after a woman\'s reported words', () => {
    const a = run(
      'Guns',
      'Tomas Berg leads the union.',
      'President Ana Lindqvist said she would go on.',
      '"It is fine," he added.',
    );
    expect(speakerOf(a, 'It is fine')).not.toBe('Ana Lindqvist');
  });
});

describe("quotations that are nobody's words, and speakers passed on", () => {
  it('gives a quotation in the title to the one whose words the first sentence reports', () => {
    const a = run(
      "Farmers 'must not sell'",
      'Selling land to developers is a betrayal of the valley, Minister Ilse Varga has said during a visit to Leeds.',
    );
    expect(speakerOf(a, 'must not sell')).toBe('Ilse Varga');
  });

  it("leaves a title quotation empty when the first sentence reports no one's words", () => {
    const a = run(
      "Shops 'fail to recover'",
      'The winter sales have failed to help the high street recover, a survey has found.',
    );
    expect(speakerOf(a, 'fail to recover')).toBeNull();
  });

  it('gives nobody a term after "known as" or "so-called"', () => {
    const a = run(
      'Colours',
      'Zentrix Holdings said it was suing. Zentrix claims the rival brand could confuse customers - known as "passing off".',
    );
    expect(speakerOf(a, 'passing off')).toBeNull();
  });

  it('does not read "habits continue on this scale" as speech', () => {
    const a = run(
      'Data',
      'If digital hoarding habits continue on this scale, people could be carrying around a "digitally obese" 20 gigabytes.',
    );
    expect(speakerOf(a, 'digitally obese')).toBeNull();
  });

  it('gives "said one analyst quoted by the X agency" to the analyst, not the agency', () => {
    const a = run(
      'Stake',
      'Analysts were divided. "The stake is the sensible move," said one analyst quoted by the Zentrix News agency.',
    );
    expect(speakerOf(a, 'sensible move')).toBe('one analyst');
  });
});
