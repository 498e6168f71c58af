import { describe, expect, it } from 'vitest';
import { chunkForSpeech, readableText } from './speech-text';

describe('readableText', () => {
  it('reads headings and paragraphs line by line, leaving out buttons, navigation and hidden parts', () => {
    const root = document.createElement('article');
    root.innerHTML = `
      <h2>See a doctor</h2>
      <p>Call <bdi dir="ltr">0808 8010 503</bdi> today.</p>
      <button>Next</button><nav><a href="/">Home</a></nav>
      <p hidden>secret</p><span aria-hidden="true">→</span>
      <details><summary>Sources</summary><p>nhs.uk</p></details>
      <ul><li>One</li><li>Two</li></ul>`;
    expect(readableText(root)).toBe('See a doctor\nCall 0808 8010 503 today.\nSources\nOne\nTwo');
  });
});

describe('chunkForSpeech', () => {
  it('splits at sentence ends in Latin, Arabic and Ethiopic scripts', () => {
    expect(chunkForSpeech('One. Two!', 3)).toEqual(['One.', 'Two!']);
    expect(chunkForSpeech('هل لديك طبيب؟ اتصل الآن.', 10)).toEqual(['هل لديك طبيب؟', 'اتصل الآن.']);
    expect(chunkForSpeech('ሰላም። ደህና ኣለኻ፧ እወ።', 5)).toEqual(['ሰላም።', 'ደህና ኣለኻ፧', 'እወ።']);
  });

  it('joins short sentences up to the length limit and keeps every word', () => {
    const text = 'A b. C d.\nE f.';
    const chunks = chunkForSpeech(text, 9);
    expect(chunks).toEqual(['A b. C d.', 'E f.']);
    expect(chunks.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });
});
