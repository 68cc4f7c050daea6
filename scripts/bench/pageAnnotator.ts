// The content script's annotator without its ceiling of notes, for the benchmark's whole-page run:
// injected into the page, it annotates every mention, as the minimal annotator does.
import { createAnnotator } from '../../src/content/annotator';
import type { Figures } from '../../src/content/figures';

(globalThis as { caplensBench?: unknown }).caplensBench = {
  start(figures: Figures) {
    createAnnotator(document, { maxNotes: Number.POSITIVE_INFINITY }).start(figures);
  },
};
