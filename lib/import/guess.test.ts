import { describe, expect, it } from 'vitest';
import { guessLanguages, guessMetadata } from './guess';

const BELTA = `Lukashenko: CSTO states must stand together

MINSK, 14 March (BelTA) – The CSTO member states must stand together, Belarusian President Aleksandr Lukashenko said.

Add a comment`;

describe('guessMetadata', () => {
  it('pre-fills place, date, outlet and a proposed year with its reason from a BelTA dateline', () => {
    const guess = guessMetadata(BELTA, { referenceDate: new Date('2023-06-01T00:00:00Z') });
    expect(guess).toMatchObject({
      title: 'Lukashenko: CSTO states must stand together',
      outlet: 'BelTA',
      outletType: 'STATE_MEDIA',
      place: 'Minsk',
      dateline: 'MINSK, 14 March (BelTA) –',
      publishedOn: '2023-03-14',
      yearInferred: true,
      languages: 'en',
    });
    expect(guess.yearBasis).toMatch(/reference date 2023-06-01/);
  });

  it('keeps a written year and proposes no reason', () => {
    const guess = guessMetadata('YEREVAN, FEBRUARY 13, 2023, ARTSAKHPRESS. Text.', {
      referenceDate: new Date('2024-01-01T00:00:00Z'),
    });
    expect(guess).toMatchObject({
      place: 'Yerevan',
      publishedOn: '2023-02-13',
      yearInferred: false,
      yearBasis: '',
      outlet: 'ARTSAKHPRESS',
      outletType: '',
    });
  });

  it('leaves the date empty without a dateline and takes the title from the page when given', () => {
    const guess = guessMetadata('Some text without a dateline.', {
      referenceDate: new Date(),
      title: 'Page title',
      url: 'https://example.org/a',
    });
    expect(guess).toMatchObject({
      title: 'Page title',
      url: 'https://example.org/a',
      publishedOn: '',
      place: '',
      dateline: '',
      yearInferred: false,
    });
  });
});

describe('guessLanguages', () => {
  it('finds English, Russian, or both', () => {
    expect(guessLanguages('Only English here.')).toEqual(['en']);
    expect(guessLanguages('Только русский текст.')).toEqual(['ru']);
    expect(
      guessLanguages(
        'English paragraph with enough words.\n\nИ русский абзац с достаточным числом слов.',
      ),
    ).toEqual(['en', 'ru']);
    expect(guessLanguages('2023 — 14.03')).toEqual([]);
  });
});
