// The hostile values of app/hostile-input.test.ts: fast-check arbitraries of
// form submissions (wrong types, huge and out-of-range numbers, control
// characters and NUL, unpaired surrogates, invalid UTF-8 files, prototype keys
// as field names and group keys, HTML and SQL, other records' ids), and how a
// submission becomes FormData and a readable line.
import fc from 'fast-check';

export type Value = string | { file: Uint8Array; name: string; type: string };
export type Submission = [name: string, value: Value][];

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const FIXED_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uFEFF',
  '\u202Eevil',
  '\r\n\t\v\f',
  '0',
  '-1',
  '1',
  '2',
  '1.5',
  '1e20',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '2147483647',
  '2147483648',
  '99999999999',
  '9007199254740993',
  '2023-02-30',
  '2023-13-01',
  '0000-00-00',
  '9999-12-31',
  '2023-06-20',
  '2023',
  'true',
  'false',
  'on',
  'up',
  'down',
  'before',
  'after',
  'ADMIN',
  'ANALYST',
  'IN_PROGRESS',
  'KEPT',
  'STALLED',
  'COMMITMENT',
  'PROGRESS_CLAIM',
  'STATE_MEDIA',
  'selection',
  'text',
  'html',
  'markdown',
  'Item',
  'Statement',
  'Source',
  'DAY',
  'MONTH',
  'en',
  'ru, en',
  'user@example.test',
  'a'.repeat(255) + '@example.test',
  'https://example.test/a',
  'javascript:alert(1)',
  '//evil.test/',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  "' OR 1=1 --",
  '\'; DROP TABLE "Item"; --',
  '%_\\',
  '$1',
  '{"__proto__":{"x":1}}',
  ...PROTOTYPE_KEYS,
  'correct horse battery staple',
  'MINSK, 14 March (BelTA) – The President met the Secretary General.',
];

function stringValue(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 16, arbitrary: fc.constantFrom(...FIXED_STRINGS) },
    { weight: 16, arbitrary: fc.constantFrom(...ids) },
    { weight: 12, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 8, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 8,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
        maxLength: 20,
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('x', 'ж', '集', '😀', '<b>', '\u0000'),
          fc.integer({ min: 1, max: 420_000 }),
        )
        .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length))),
    },
    { weight: 8, arbitrary: fc.integer().map(String) },
    { weight: 4, arbitrary: fc.double().map(String) },
  );
}

function fileValue(): fc.Arbitrary<Value> {
  return fc
    .record({
      // Invalid UTF-8 (lone continuation bytes, overlong forms, 0xFF) and UTF-16 without a BOM.
      file: fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        fc.constant(new Uint8Array([0xc0, 0xaf, 0xff, 0xfe, 0x80, 0x00, 0x41])),
        fc.constant(new Uint8Array(Buffer.from('Минск, 14 марта\u0000', 'utf16le'))),
      ),
      name: fc.constantFrom(
        'a.txt',
        'a.html',
        'a.md',
        'a.exe',
        '',
        '../../etc/passwd',
        'a.txt\u0000.exe',
      ),
      type: fc.constantFrom('text/plain', 'text/html', 'application/octet-stream', ''),
    })
    .map((file) => file as Value);
}

export function submission(
  own: string[],
  ids: string[],
  allFields: string[],
): fc.Arbitrary<Submission> {
  const name = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...allFields) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('status', 'seen', 'note', 'evidence'),
          fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...ids), fc.string({ maxLength: 10 })),
        )
        .map(([field, key]) => `${field}:${key}`),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const value = fc.oneof(
    { weight: 12, arbitrary: stringValue(ids) as fc.Arbitrary<Value> },
    { weight: 1, arbitrary: fileValue() },
  );
  // Most submissions name each of the mutation's fields once (so some get
  // through the schema to the data layer); extra fields come on top.
  const mostFields = fc
    .tuple(...own.map(() => fc.option(value, { freq: 5, nil: undefined })))
    .map((values) =>
      own.flatMap((field, index) =>
        values[index] === undefined ? [] : [[field, values[index]] as [string, Value]],
      ),
    );
  return fc
    .tuple(mostFields, fc.array(fc.tuple(name, value), { maxLength: 6 }))
    .map(([fields, extra]) => [...fields, ...extra]);
}

export function formOf(fields: Submission): FormData {
  const form = new FormData();
  for (const [name, value] of fields) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, new File([value.file as BlobPart], value.name, { type: value.type }));
  }
  return form;
}

export function describeSubmission(fields: Submission): string {
  return JSON.stringify(
    fields.map(([name, value]) => [
      name,
      typeof value === 'string'
        ? value.length > 80
          ? `${value.slice(0, 40)}… (${value.length} characters)`
          : value
        : `file ${value.name} (${value.file.length} bytes)`,
    ]),
  );
}

// --- The outcome of one submission -------------------------------------------
