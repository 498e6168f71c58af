import { html } from 'hono/html';
import { page, type Html } from './layout';

export function loginPage(loginToken: string, problem?: 'wrong' | 'busy' | 'expired'): Html {
  const messages = {
    wrong: 'That name and password did not match. After 5 wrong tries an account is locked for 15 minutes.',
    busy: 'Too many tries from here. Wait a minute, then try again.',
    expired: 'The form had expired. Please try again.',
  };
  return page(
    { title: 'Sign in' },
    html`<h1>Sign in</h1>
      ${problem ? html`<p class="notice" role="alert" id="login-problem">${messages[problem]}</p>` : ''}
      <form method="post" action="/staff/login" class="stack">
        <input type="hidden" name="_csrf" value="${loginToken}" />
        <label for="name">Name</label>
        <input id="name" name="name" autocomplete="username" required maxlength="40" autocapitalize="none" ${problem ? html`aria-describedby="login-problem"` : ''} />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200" />
        <button type="submit">Sign in</button>
      </form>`,
  );
}
