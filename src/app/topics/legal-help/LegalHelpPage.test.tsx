import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LegalHelpPage } from './LegalHelpPage';

describe('Legal help page', () => {
  it('gives the support-appeal deadline from data, ASAP and the tribunal page, and ASAP’s adviser line only with a check note', async () => {
    const { container } = render(<LegalHelpPage lang="en" area="stockton" topic="legal-help" />);
    await screen.findByText(/Legal aid can pay for a lawyer/);
    expect(container.querySelector('#support')!.textContent).toContain('within 3 days of getting the letter');
    expect(container.querySelector('#support a[href="https://www.asaproject.org/guides/asap-duty-scheme"]')).toBeTruthy();
    expect(container.querySelector('#support a[href="tel:02037160283"]')).toBeTruthy();
    expect(container.querySelector('#support .notice')).toBeTruthy();
    expect(container.querySelector('#migrantHelp a[href="tel:08088010503"]')).toBeTruthy();
  });
});
