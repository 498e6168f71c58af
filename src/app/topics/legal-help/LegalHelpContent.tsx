import { isAreaId } from '../../../shared/areas';
import * as C from '../../content/legal-help';
import { ASAP_PAGE, MIGRANT_HELP, PROOF_OF_SUPPORT, RIGHT_TO_REMAIN_PAGE, TRIBUNAL_PAGE } from '../../content/national';
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
  if (!isAreaId(area)) return null;
  const say = sayWith(t, C.LEGAL_HELP.values(area), C.LEGAL_HELP.counts);
  const section = (id: string) => ({ id, anchors, title: say(`${id}.title`) });
  return (
    <div class="stack">
      <TopicSection {...section('claim')}>
        <p>{say('claim.legalAid')}</p>
        <p>{say('claim.proof')}</p>
        <Actions>
          <EmailLink email={PROOF_OF_SUPPORT} />
        </Actions>
        <p>{say('claim.regulated')}</p>
        <p>{say('claim.ask')}</p>
        <p>{say('claim.rtr')}</p>
        <Actions>
          <WebLink link={RIGHT_TO_REMAIN_PAGE} label={t('claim.rtrLink')} />
        </Actions>
      </TopicSection>
      <TopicSection {...section('support')}>
        <p>{say('support.asap')}</p>
        <p>{say('support.deadline')}</p>
        <Actions>
          <WebLink link={ASAP_PAGE} label={t('support.asapLink')} />
          <WebLink link={TRIBUNAL_PAGE} label={t('support.govLink')} />
        </Actions>
        <p>{say('support.adviserLine')}</p>
        <Actions>
          <PhoneLink phone={C.ASAP_ADVISER_LINE} />
        </Actions>
        <CheckNote fact={C.ASAP_ADVISER_LINE} />
      </TopicSection>
      <TopicSection {...section('migrantHelp')}>
        <p>{say('migrantHelp.does')}</p>
        <p>{say('migrantHelp.not')}</p>
        <CheckNote fact={C.MH_NO_SUPPORT_APPEALS} />
        <p>{say('migrantHelp.lawyer')}</p>
        <Actions>
          <PhoneLink phone={MIGRANT_HELP} />
        </Actions>
      </TopicSection>
    </div>
  );
}
