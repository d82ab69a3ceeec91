// @ts-check
// The largest request body a server action accepts, read by next.config.js
// (Next's own check) and scripts/serve.mjs (a clear 413 before the body is
// read). CommonJS, since next.config.js requires it.
//
// It must hold the largest valid form: the import form's text (at most
// 400,000 UTF-16 code units, 3 bytes each in UTF-8 at worst) and its file
// (900 KB), with room for the other fields; lib/body-limit.test.ts checks it.
// Next's default of 1 MB made a long Cyrillic or Chinese text, valid by our
// own rules, fail with a 500 (issue 9, finding 12).

const ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

module.exports = { ACTION_BODY_LIMIT_BYTES };
