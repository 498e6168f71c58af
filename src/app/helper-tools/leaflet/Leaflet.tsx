import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { dayOnThisPhone } from '../../language/dates';
import { useT } from '../../language/use-t';
import { areaHref } from '../../routing/paths';
import { LeafletChecklist } from './LeafletChecklist';
import { LeafletTopic } from './LeafletTopic';
import { PairedText } from '../side-by-side/PairedText';
import { LeafletQrCode } from './LeafletQrCode';

interface Props {
  lang: string;
  area: string;
  topics: readonly string[];
  withLang: string;
}

/** What goes on paper: a cover with a QR code to the app, then each chosen topic in two languages. */
export function Leaflet({ lang, area, topics, withLang }: Props) {
  const common = useT();
  const langs = [lang, withLang];
  const url = new URL(areaHref(lang, area), typeof location === 'undefined' ? 'https://waymark.invalid' : location.origin).href;
  const machineMade = langs.some((l) => isLanguageCode(l) && !getLanguage(l).reviewed);
  return (
    <article class="leaflet">
      <header class="leaflet-cover">
        <PairedText as="h2" langs={langs} k="leaflet.packTitle" names={{ area: common.t(`area.${area}.name`) }} />
        <div class="leaflet-qr">
          <LeafletQrCode url={url} />
          <div>
            <PairedText langs={langs} k="leaflet.openApp" />
            <bdi dir="ltr" class="ltr hand-over-url">
              {url}
            </bdi>
          </div>
        </div>
        <PairedText langs={langs} k="leaflet.printed" days={{ date: dayOnThisPhone() }} />
        {machineMade && <PairedText langs={langs} k="common.machineMade" />}
      </header>
      {topics.map((id) =>
        id === 'checklist' ? <LeafletChecklist key={id} langs={langs} /> : <LeafletTopic key={id} topic={id} area={area} langs={langs} />,
      )}
    </article>
  );
}
