import type { PhoneFact } from '../../content/fact';
import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import { makeContactCard } from './contact-card';

/** "Save to contacts": hands the phone a contact card; its own contacts app takes it from there. */
export function SaveContact({ name, phone }: { name: string; phone: PhoneFact }) {
  const { t } = useT('helpers');
  const save = () => {
    const url = URL.createObjectURL(new Blob([makeContactCard(name, phone)], { type: 'text/vcard' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${name.toLowerCase().replace(/\W+/g, '-')}.vcf`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" class="button button-quiet" onClick={save}>
      <Icon name="phone" /> {t('walkthrough.saveContact')}{' '}
      <bdi dir="ltr" class="ltr">
        {phone.display}
      </bdi>
    </button>
  );
}
