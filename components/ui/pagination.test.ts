import { describe, expect, it } from 'vitest';
import { pageParam } from './pagination';

describe('pageParam', () => {
  // Issue 9, finding 11: /admin/audit?page=1e20 (and any huge number) was a 500.
  it('reads a page number of up to six digits, and page 1 for anything else', () => {
    expect(pageParam('2')).toBe(2);
    expect(pageParam('999999')).toBe(999999);
    for (const value of ['1e20', '100000000000000000000', '0', '-3', '2.5', ' 2', 'two', ''])
      expect(pageParam(value), value).toBe(1);
    expect(pageParam(['2', '3'])).toBe(1);
    expect(pageParam(undefined)).toBe(1);
  });
});
