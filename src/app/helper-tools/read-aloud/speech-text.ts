// Text for speechSynthesis: what a page says (not its buttons), in short pieces so long pages do not cut off.
const SKIP =
  'button, select, input, textarea, nav, svg, script, style, dialog:not([open]), details:not([open]) > :not(summary), [aria-hidden="true"], [hidden], [data-read-skip]';
const BLOCK = /^(P|LI|H[1-6]|DT|DD|SECTION|ARTICLE|DIV|TD|TH|BLOCKQUOTE|FIGCAPTION|SUMMARY)$/;

/** The words a sighted reader would read in an element, one line per block. */
export function readableText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || node.matches(SKIP)) return;
    const block = BLOCK.test(node.tagName);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  walk(root);
  flush();
  return lines.join('\n');
}

// Sentence ends in Latin, Arabic-script (؟ ۔) and Ethiopic (። ፧) text.
const SENTENCE_END = /(?<=[.!?؟۔።፧])\s+/u;

/** Lines and sentences, merged up to `max` characters per utterance. */
export function chunkForSpeech(text: string, max = 180): string[] {
  const sentences = text
    .split('\n')
    .flatMap((l) => l.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter(Boolean);
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && last.length + sentence.length + 1 <= max) chunks[chunks.length - 1] = `${last} ${sentence}`;
    else chunks.push(sentence);
  }
  return chunks;
}
