import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { i18n } from '../language/i18n';
import { markValues, sayWith, splitMarked } from './say';

describe('sentences with values', () => {
  it('splits a sentence around each value, in the order the translation puts them', () => {
    const values = { days: '21', amount: '£49.18' };
    const marks = markValues(values);
    const marked = `${marks.amount} كل ${marks.days} يوم`;
    expect(splitMarked(marked, values)).toEqual([{ value: '£49.18' }, { text: ' كل ' }, { value: '21' }, { text: ' يوم' }]);
  });

  it('renders each value left to right inside right-to-left text', () => {
    i18n.addResourceBundle('ar', 'say-test', { arrive: 'يجب أن تصل خلال {{days}} يومًا.' }, true);
    const say = sayWith(i18n.getFixedT('ar', 'say-test'), { days: '21' });
    render(<p dir="rtl">{say('arrive')}</p>);
    const value = screen.getByText('21');
    expect(value.tagName).toBe('BDI');
    expect(value.getAttribute('dir')).toBe('ltr');
    expect(screen.getByText(/يجب أن تصل خلال/)).toBeTruthy();
  });
});
