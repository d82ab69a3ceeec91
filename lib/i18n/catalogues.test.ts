// Every message exists in both languages, with the same placeholders: a key
// missing in either catalogue (or a {count} only one of them uses) fails here.
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import ru from './messages/ru.json';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** The arguments and tags a message uses: {name}, {count, plural, …}, <link>. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/g)) names.add(match[1]!);
  for (const match of message.matchAll(/<([a-z]+)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

describe('message catalogues', () => {
  const english = flatten(en as Catalogue);
  const russian = flatten(ru as Catalogue);

  it('have the same keys in English and Russian', () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of english) {
      expect(placeholders(russian.get(key) ?? ''), key).toEqual(placeholders(message));
    }
  });

  it('have no empty message, and Russian ones are in Russian', () => {
    for (const [key, message] of english) expect(message.trim(), key).not.toBe('');
    for (const [key, message] of russian) {
      expect(message.trim(), key).not.toBe('');
      // Letters outside placeholders; names such as "JSON" or "English" may stay Latin.
      const words = message
        .replace(/\{\s*\w+\s*[,}]/g, '')
        .replace(/\b(plural|select|one|few|many|other)\b/g, '')
        .replace(/<\/?[a-z]+>/g, '');
      if (/[a-z]{4,}/i.test(words) && !/[а-яё]/i.test(words) && key !== 'site.otherLanguage')
        throw new Error(`${key} is not translated: ${message}`);
    }
  });
});
