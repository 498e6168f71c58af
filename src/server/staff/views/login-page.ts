import { html } from 'hono/html';
import { page, type Html } from './layout';

export type LoginProblem = 'wrong' | 'busy' | 'expired' | 'throttled' | 'malformed';

export function loginPage(loginToken: string, problem?: LoginProblem, waitSeconds = 0): Html {
  const messages = {
    wrong: 'That name and password did not match. After several wrong tries, each new try has to wait a little longer.',
    busy: 'Too many tries from here. Wait a minute, then try again.',
    expired: 'The form had expired. Please try again.',
    throttled: `Too many wrong tries. Wait ${waitSeconds} ${waitSeconds === 1 ? 'second' : 'seconds'}, then try again.`,
    malformed: 'The form could not be read. Please try again.',
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
