import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MindPage } from './MindPage';

describe('Health of mind page', () => {
  it('gives 111’s mental health option, 999 when a life is at risk, and Samaritans', async () => {
    const { container } = render(<MindPage lang="en" area="stockton" topic="mind" />);
    await screen.findByText(/choose the mental health option/);
    expect(container.querySelector('#urgent a[href="tel:111"]')!.textContent).toContain('111');
    expect(container.querySelector('#urgent a[href="tel:999"]')).toBeTruthy();
    expect(screen.getByText(/If a life is at risk, call/).textContent).toContain('999');
    expect(screen.getByRole('link', { name: /Call Samaritans 116 123/ }).getAttribute('href')).toBe('tel:116123');
    expect(screen.getByRole('link', { name: /jo@samaritans\.org/ }).getAttribute('href')).toBe('mailto:jo@samaritans.org');
  });

  it('shows "option 2" and self-referral only as notes to check, and links NHS England’s talking therapies page', async () => {
    const { container } = render(<MindPage lang="en" area="sefton" topic="mind" />);
    await screen.findByText(/choose the mental health option/);
    const notes = [...container.querySelectorAll('.notice')].map((n) => n.textContent);
    expect(notes.some((n) => n?.includes('option 2'))).toBe(true);
    expect(notes.some((n) => n?.includes('refer themselves'))).toBe(true);
    expect(screen.getByRole('link', { name: 'NHS talking therapies (NHS England)' }).getAttribute('href')).toBe(
      'https://www.england.nhs.uk/mental-health/adults/nhs-talking-therapies/',
    );
  });
});
