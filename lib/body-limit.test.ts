import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, MAX_UPLOAD_BYTES } from '@/lib/validation/sources';
import { ACTION_BODY_LIMIT_BYTES } from './body-limit';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const nextConfig = require('../next.config.js') as {
  experimental?: { serverActions?: { bodySizeLimit?: number } };
};

describe('the body limit of server actions', () => {
  it('holds the largest valid form, and Next is told so', () => {
    // A text at the limit in a script of 3-byte characters, a file at its
    // limit, and 64 KB for the other fields and multipart's boundaries.
    const largestValidForm = MAX_TEXT_LENGTH * 3 + MAX_UPLOAD_BYTES + 64 * 1024;
    expect(ACTION_BODY_LIMIT_BYTES).toBeGreaterThanOrEqual(largestValidForm);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(ACTION_BODY_LIMIT_BYTES);
  });
});
