import { describe, expect, it } from 'vitest';
import { normaliseText, stemTerm } from './normalise';

describe('normalising text for search', () => {
  it('folds every alef and hamza form to a bare alef', () => {
    expect(normaliseText('أ إ آ ٱ ا')).toBe('ا ا ا ا ا');
    expect(normaliseText('مسؤول')).toBe(normaliseText('مسوول'));
    expect(normaliseText('رئيس')).toBe('رييس');
  });
  it('folds alef maksura, ta marbuta, Persian ye and kaf', () => {
    expect(normaliseText('مستشفى')).toBe(normaliseText('مستشفي'));
    expect(normaliseText('بطاقة')).toBe(normaliseText('بطاقه'));
    expect(normaliseText('پزشک')).toBe(normaliseText('پزشك'));
    expect(normaliseText('ایران')).toBe(normaliseText('ايران'));
  });
  it('removes Arabic diacritics and tatweel', () => {
    expect(normaliseText('طَبِيبٌ')).toBe('طبيب');
    expect(normaliseText('طبـــيب')).toBe('طبيب');
  });
  it('folds Pashto, Urdu and Sorani letters to the forms a Persian or Arabic keyboard types', () => {
    expect(normaliseText('ډاکټر')).toBe(normaliseText('داکتر'));
    expect(normaliseText('ګوند')).toBe(normaliseText('گوند'));
    expect(normaliseText('ہسپتال')).toBe(normaliseText('هسپتال'));
    expect(normaliseText('ڕێگا')).toBe(normaliseText('ريگا'));
  });
  it('turns Arabic-Indic and Persian digits into 0-9', () => {
    expect(normaliseText('٩٩٩ ۱۱۱')).toBe('999 111');
  });
  it('drops Latin accents and case, and leaves Ethiopic alone', () => {
    expect(normaliseText('Médecin Bác sĩ ĐIỀU')).toBe('medecin bac si dieu');
    expect(normaliseText('ሓኪም')).toBe('ሓኪም');
  });
  it('keeps the vowel signs of Bengali, Gurmukhi and Devanagari, which are letters there', () => {
    expect(normaliseText('ডাক্তার')).toBe('ডাক্তার');
    expect(normaliseText('ਡਾਕਟਰ')).toBe('ਡਾਕਟਰ');
    expect(normaliseText('डॉक्टर')).toBe('डॉक्टर');
    expect(normaliseText('দিন')).not.toBe(normaliseText('দান'));
  });
});

describe('search terms', () => {
  it('strip the Arabic article and the particles joined to it', () => {
    expect(stemTerm('الطبيب')).toBe('طبيب');
    expect(stemTerm('للطبيب')).toBe('طبيب');
    expect(stemTerm('والطبيب')).toBe('طبيب');
  });
  it('keep short words that only look like they start with an article', () => {
    expect(stemTerm('الان')).toBe('الان');
  });
  it('join a word split by a zero-width non-joiner', () => {
    expect(stemTerm('کلاس‌ها')).toBe('کلاسها');
  });
});
