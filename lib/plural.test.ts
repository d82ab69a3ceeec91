import { describe, expect, it } from 'vitest';
import { counted } from './plural';

describe('counted', () => {
  it('says one and many in English', () => {
    const forms = { one: 'statement', other: 'statements' };
    expect(counted(1, forms)).toBe('1 statement');
    expect(counted(0, forms)).toBe('0 statements');
    expect(counted(2, forms)).toBe('2 statements');
    expect(counted(5033, forms)).toBe('5,033 statements');
  });

  it('uses the three Russian forms', () => {
    const forms = { one: 'цитата', few: 'цитаты', many: 'цитат', other: 'цитаты' };
    expect(counted(1, forms, 'ru')).toBe('1 цитата');
    expect(counted(3, forms, 'ru')).toBe('3 цитаты');
    expect(counted(5, forms, 'ru')).toBe('5 цитат');
    expect(counted(11, forms, 'ru')).toBe('11 цитат');
    expect(counted(21, forms, 'ru')).toBe('21 цитата');
    expect(counted(1.5, forms, 'ru')).toBe('1,5 цитаты');
  });
});
