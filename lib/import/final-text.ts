import { detectTrailingBoilerplate } from './boilerplate';
import { normalizeText, removeLines } from './normalize';

/**
 * The text that will be stored: the prepared text, normalised, minus the
 * boilerplate lines the analyst chose to trim. Runs in the preview (client)
 * and again on the server before hashing, so both always agree. Only lines
 * the detector flags can be trimmed: a tampered form cannot cut the story.
 */
export function finalizeImportText(preparedText: string, trimLines: readonly number[]): string {
  const text = normalizeText(preparedText);
  const trimmable = new Set(detectTrailingBoilerplate(text).map((line) => line.line));
  return removeLines(
    text,
    trimLines.filter((line) => trimmable.has(line)),
  );
}
