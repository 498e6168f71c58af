import { factsOf } from '../../content/area-facts';
import { hasAreaContent } from '../../content/current-area';
import { LEGAL_HELP } from '../../content/pack-topics';
import type { TopicBodyProps } from '../../content/topic-content';
import { useT } from '../../language/use-t';
import { EmailLink } from '../../ui/links/EmailLink';
import { PhoneLink } from '../../ui/links/PhoneLink';
import { WebLink } from '../../ui/links/WebLink';
import { CheckNote } from '../../ui/sources/CheckNote';
import { sayWith } from '../../ui/say';
import { Actions, TopicSection } from '../../ui/TopicSection';

/** Free legal help: the asylum claim, support appeals, and what Migrant Help does and does not do. */
export function LegalHelpContent({ area, anchors = true }: TopicBodyProps) {
  const { t } = useT('legal');
  if (!hasAreaContent(area)) return null;
  const F = factsOf(area);
  const say = sayWith(t, LEGAL_HELP.values(area), LEGAL_HELP.counts);
  const adviserLine = F.phone('asap-adviser-line');
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('claim')}>
        <p>{say('claim.legalAid')}</p>
        <p>{say('claim.proof')}</p>
        <Actions>
          <EmailLink email={F.email('proof-of-support')} />
        </Actions>
        <p>{say('claim.regulated')}</p>
        <p>{say('claim.ask')}</p>
        <p>{say('claim.rtr')}</p>
        <Actions>
          <WebLink link={F.link('right-to-remain-page')} label={t('claim.rtrLink')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('support')}>
        <p>{say('support.asap')}</p>
        <p>{say('support.deadline')}</p>
        <Actions>
          <WebLink link={F.link('asap-page')} label={t('support.asapLink')} />
          <WebLink link={F.link('tribunal-page')} label={t('support.govLink')} />
        </Actions>
        <p>{say('support.adviserLine')}</p>
        <Actions>
          <PhoneLink phone={adviserLine} />
        </Actions>
        <CheckNote fact={adviserLine} />
      </TopicSection>
      <TopicSection {...section('migrantHelp')}>
        <p>{say('migrantHelp.does')}</p>
        <p>{say('migrantHelp.not')}</p>
        <CheckNote fact={F.rule('mh-no-support-appeals')} />
        <p>{say('migrantHelp.lawyer')}</p>
        <Actions>
          <PhoneLink phone={F.phone('migrant-help')} />
        </Actions>
      </TopicSection>
    </div>
  );
}
