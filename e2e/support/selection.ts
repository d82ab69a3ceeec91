// Selecting text in the source reader as a mouse drag would: the DOM
// selection the quoting panel listens to. Shared by the journeys and the soak
// (scripts/lib/soak-analyst.ts).
import type { Page } from '@playwright/test';

/** Selects `needle` (its first occurrence) in the source text panel, as a mouse drag would. */
export async function selectInText(page: Page, needle: string) {
  const panel = page.getByRole('region', { name: /^Text of the source/ });
  await panel.evaluate((container, text) => {
    const full = container.textContent ?? '';
    const start = full.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in the text panel`);
    const end = start + text.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const length = node.data.length;
      if (start >= offset && start < offset + length) range.setStart(node, start - offset);
      if (end > offset && end <= offset + length) {
        range.setEnd(node, end - offset);
        break;
      }
      offset += length;
    }
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, needle);
}
