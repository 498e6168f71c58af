import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS } from '../../content/glossary-terms';
import { LanguageScope } from '../../language/use-t';
import { MoneyPage } from '../money/MoneyPage';
import { WordsPage } from './WordsPage';

describe('Words you will hear', () => {
  it('lists every term with its anchor, the English word beside it in English, and a plain meaning', async () => {
    const { container } = render(
      <LanguageScope lang="ti">
        <WordsPage lang="ti" area="sefton" topic="words" />
      </LanguageScope>,
    );
    await screen.findAllByText('ካርድ ASPEN');
    const entries = [...container.querySelectorAll('dl.word-list > div')];
    expect(entries.map((e) => e.id)).toEqual(GLOSSARY_TERMS.map((t) => t.id));
    const notice = container.querySelector('#noticeToQuit')!;
    expect(notice.querySelector('dt')!.textContent).toContain('መጠንቀቕታ ምልቃቕ ገዛ');
    const english = notice.querySelector('dt bdi')!;
    expect([english.textContent, english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['Notice to quit', 'en', 'ltr']);
    expect(notice.querySelector('dd')!.textContent).toContain('Migrant Help');
  });

  it('says to ask about the person’s own case where the meaning depends on it, and offers Migrant Help', async () => {
    const { container } = render(<WordsPage lang="en" area="stockton" topic="words" />);
    await screen.findByText(/A letter from your housing provider/);
    const ask = (id: string) => container.querySelector(`#${id} .word-ask`)?.textContent;
    expect(ask('noticeToQuit')).toBe('What this means for you depends on your case. Ask Migrant Help or your support worker.');
    expect(ask('furtherSubmissions')).toContain('Ask a legal adviser');
    expect(ask('aspen')).toBeUndefined();
    expect(container.querySelector('#help a[href="tel:08088010503"]')).toBeTruthy();
  });

  it('cites a source for every definition', async () => {
    render(<WordsPage lang="en" area="sefton" topic="words" />);
    await screen.findByText(/A letter from your housing provider/);
    const sources = screen.getByRole('group');
    expect(within(sources).getAllByText(/NRPF Network/).length).toBeGreaterThan(0);
    expect(
      within(sources)
        .getAllByRole('link')
        .some((a) => a.getAttribute('href') === 'https://www.gov.uk/guidance/online-immigration-status-evisa'),
    ).toBe(true);
  });
});

describe('Words on this page', () => {
  it('links a topic’s glossary words to their entries, in the reader’s language with the English beside', async () => {
    render(
      <LanguageScope lang="ar">
        <MoneyPage lang="ar" area="stockton" topic="money" />
      </LanguageScope>,
    );
    const nav = await screen.findByRole('navigation', { name: 'كلمات في هذه الصفحة' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/ar/stockton/words#section95',
      '/ar/stockton/words#aspen',
      '/ar/stockton/words#section4',
      '/ar/stockton/words#section98',
    ]);
    expect(links[1]!.textContent).toBe('بطاقة ASPEN (ASPEN card)');
    expect(links[1]!.querySelector('bdi')!.getAttribute('lang')).toBe('en');
  });

  it('is left off the glossary itself', async () => {
    render(<WordsPage lang="en" area="sefton" topic="words" />);
    await screen.findByText(/A letter from your housing provider/);
    expect(screen.queryByRole('navigation', { name: 'Words on this page' })).toBeNull();
  });
});

describe('in English', () => {
  it('shows the English word only where the title says it differently', async () => {
    const { container } = render(<WordsPage lang="en" area="sefton" topic="words" />);
    await screen.findByText(/A letter from your housing provider/);
    expect(container.querySelector('#section95 bdi')).toBeNull();
    expect(container.querySelector('#arc bdi')).toBeNull();
    expect(container.querySelector('#esol dt')!.textContent).toBe('English classes (ESOL) English word: ESOL');
  });
});
