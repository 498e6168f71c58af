// Who to ask about bins: the council's words, one tap to call, and its own "find your day" page.
import type { AreaBinRules } from '../../content/bins/bin-rules';
import { areaWords } from '../../content/area-words';
import { useT } from '../../language/use-t';
import { PhoneLink } from './PhoneLink';

export function BinContact({ rules, anchors = true }: { rules: AreaBinRules; anchors?: boolean }) {
  const { t, langOf } = areaWords(useT('bins').t, rules.area, 'bins');
  return (
    <section class="stack" aria-labelledby={anchors ? 'bins-contact' : undefined}>
      <h2 id={anchors ? 'bins-contact' : undefined}>{t('contact.heading')}</h2>
      <p {...langOf(`contact.${rules.area}`)}>{t(`contact.${rules.area}`)}</p>
      <PhoneLink phone={rules.contact} label={t('contact.call')} />
      {rules.findYourDay && (
        <p>
          <a href={rules.findYourDay.url} rel="noopener noreferrer">
            {t('contact.findDay')}
          </a>
        </p>
      )}
    </section>
  );
}
