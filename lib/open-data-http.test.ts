import { describe, expect, it } from 'vitest';
import { paginate, selfUrl } from './open-data-http';

describe('paginate', () => {
  const records = Array.from({ length: 7 }, (_, index) => index);
  const self = new URL('http://localhost:3100/api/v1/statements?kind=COMMITMENT&page=2&pageSize=3');

  it('slices the page and counts the pages', () => {
    const page = paginate(records, { page: 2, pageSize: 3 }, self);
    expect(page.data).toEqual([3, 4, 5]);
    expect(page.meta).toEqual({ page: 2, pageSize: 3, total: 7, pageCount: 3 });
  });

  it('links to the next and previous pages, keeping the other parameters', () => {
    const { links } = paginate(records, { page: 2, pageSize: 3 }, self);
    expect(links.self).toBe(self.toString());
    expect(links.next).toBe(
      'http://localhost:3100/api/v1/statements?kind=COMMITMENT&page=3&pageSize=3',
    );
    expect(links.prev).toBe(
      'http://localhost:3100/api/v1/statements?kind=COMMITMENT&page=1&pageSize=3',
    );
  });

  it('has no next link on the last page and no previous link on the first', () => {
    expect(paginate(records, { page: 3, pageSize: 3 }, self).links.next).toBeNull();
    expect(paginate(records, { page: 1, pageSize: 3 }, self).links.prev).toBeNull();
  });

  it('answers a page past the end with no records and a link back to the last page', () => {
    const page = paginate(records, { page: 9, pageSize: 3 }, self);
    expect(page.data).toEqual([]);
    expect(page.links.next).toBeNull();
    expect(page.links.prev).toContain('page=3');
  });

  it('reports zero pages for no records', () => {
    const page = paginate([], { page: 1, pageSize: 50 }, self);
    expect(page.meta).toEqual({ page: 1, pageSize: 50, total: 0, pageCount: 0 });
    expect(page.links).toMatchObject({ next: null, prev: null });
  });
});

describe('selfUrl', () => {
  it('is the request address, absolute', () => {
    expect(selfUrl(new Request('http://localhost:3100/api/v1/areas?page=1')).toString()).toBe(
      'http://localhost:3100/api/v1/areas?page=1',
    );
  });
});
