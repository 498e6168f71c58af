import { describe, expect, it } from 'vitest';
import { pointsText } from './english-points';

describe('pointsText', () => {
  it('reads each point’s heading and sentences in order, with values put in', () => {
    const strings = { call: { title: 'Call for help', text: 'Call {{phone}} at any time.' }, doctor: { title: 'See a doctor' } };
    const points = [
      { heading: 'call.title', text: ['call.text'], values: { phone: '0808 8010 503' } },
      { heading: 'doctor.title', text: ['doctor.missing'] },
    ];
    expect(pointsText(strings, points)).toBe('Call for help\nCall 0808 8010 503 at any time.\nSee a doctor');
  });
});
