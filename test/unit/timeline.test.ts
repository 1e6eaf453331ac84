import { describe, expect, it } from 'vitest';
import { parseReferenceDate, resolveDate, sortKey } from '../../src/analysis/timeline.js';

// Thursday 1 February 2024: the BBC seed's drone strike was reported on a Thursday.
const REF = { year: 2024, month: 2, day: 1 };

describe('resolveDate: dates that stand on their own', () => {
  it.each([
    ['28 January 2024', '2024-01-28'],
    ['Friday 4 January 2019', '2019-01-04'],
    ['January 28, 2024', '2024-01-28'],
    ['1st of May 2005', '2005-05-01'],
    ['Sept. 11, 2001', '2001-09-11'],
    ['January 2024', '2024-01'],
    ['Christmas 2004', '2004-12-25'],
    ['2005', '2005'],
    ['the 1990s', '1990/1999'],
    ['the end of 2005', '2005'],
    ['mid-2005', '2005'],
    ['the 20th century', '1900/1999'],
  ])('%s → %s, with or without the article date', (surface, value) => {
    expect(resolveDate(surface, null)).toBe(value);
    expect(resolveDate(surface, REF)).toBe(value);
  });

  it('refuses a day that is not on the calendar', () => {
    expect(resolveDate('31 February 2024', null)).toBeNull();
    expect(resolveDate('30 February', REF)).toBeNull();
  });
});

describe('resolveDate: relative to the article date', () => {
  it.each([
    ['28 January', '2024-01-28'],
    ['7 October', '2023-10-07'],
    ['4 January', '2024-01-04'],
    ['yesterday', '2024-01-31'],
    ['today', '2024-02-01'],
    ['tomorrow', '2024-02-02'],
    ['Wednesday', '2024-01-31'],
    ['Wednesday night', '2024-01-31'],
    ['Thursday', '2024-02-01'],
    ['last Friday', '2024-01-26'],
    ['next Friday', '2024-02-02'],
    ['last month', '2024-01'],
    ['next month', '2024-03'],
    ['this year', '2024'],
    ['last year', '2023'],
    ['last week', '2024-W04'],
    ['October last year', '2023-10'],
    ['two weeks ago', '2024-W03'],
    ['three years ago', '2021'],
    ['last December', '2023-12'],
    ['in January'.replace('in ', ''), '2024-01'],
  ])('%s → %s', (surface, value) => {
    expect(resolveDate(surface, REF)).toBe(value);
  });

  it('reads a bare weekday as the coming one when the sentence speaks of the future', () => {
    expect(resolveDate('Monday', REF, 'The talks will resume on Monday.')).toBe('2024-02-05');
    expect(resolveDate('Monday', REF, 'The talks resumed on Monday.')).toBe('2024-01-29');
  });

  it('a "28 December" in an article of early January is last year', () => {
    expect(resolveDate('28 December', { year: 2024, month: 1, day: 3 })).toBe('2023-12-28');
  });

  it('without the article date, relative dates are left unplaced, never guessed', () => {
    for (const s of ['28 January', 'Wednesday', 'last month', 'yesterday', 'two weeks ago', 'Christmas'])
      expect(resolveDate(s, null)).toBeNull();
  });

  it('times, seasons and moving feasts are left unplaced', () => {
    for (const s of ['21:30', '18:30 GMT', 'the summer', 'Easter', 'Ramadan', 'the weekend'])
      expect(resolveDate(s, REF)).toBeNull();
  });
});

describe('parseReferenceDate and sortKey', () => {
  it('reads the dates pages give', () => {
    expect(parseReferenceDate('2015-04-24T10:00:00Z')).toEqual({ year: 2015, month: 4, day: 24 });
    expect(parseReferenceDate('April 24, 2015')).toEqual({ year: 2015, month: 4, day: 24 });
    expect(parseReferenceDate('24 April 2015 14:02')).toEqual({ year: 2015, month: 4, day: 24 });
    expect(parseReferenceDate('sometime')).toBeNull();
    expect(parseReferenceDate(undefined)).toBeNull();
  });

  it('orders weeks and intervals by their first day', () => {
    expect(sortKey('2024-W05')).toBe('2024-01-29');
    expect(sortKey('2024-W01')).toBe('2024-01-01');
    expect(sortKey('1990/1999')).toBe('1990');
    expect(['2024-02', '2024-W04', '2023', '2024-01-31'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual([
      '2023',
      '2024-W04',
      '2024-01-31',
      '2024-02',
    ]);
  });
});
