import { describe, expect, it } from 'vitest';
import { quoteLang } from './provenance';

describe('quoteLang', () => {
  it('marks a mostly Cyrillic quote Russian, and leaves English (with a Russian name) unmarked', () => {
    expect(quoteLang('Солидарность, единство и сотрудничество лежат в основе концепции.')).toBe(
      'ru',
    );
    expect(quoteLang('ОДКБ should deepen cooperation with the UN and the SCO.')).toBeUndefined();
    expect(quoteLang('The CSTO should deepen cooperation.')).toBeUndefined();
  });
});
