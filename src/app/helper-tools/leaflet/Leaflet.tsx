import { getLanguage, isLanguageCode } from '../../../shared/languages';
import { dayOnThisPhone } from '../../language/dates';
import { useT } from '../../language/use-t';
import { areaHref } from '../../routing/paths';
import { LeafletChecklist } from './LeafletChecklist';
import { LeafletTopic } from './LeafletTopic';
import { PairedText } from '../side-by-side/PairedText';
import { useQrCode } from '../hand-over/use-qr-code';

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
  // The code arrives just after the page is live; until then an empty square of its size holds its place.
  const Qr = useQrCode(true);
  const machineMade = langs.some((l) => isLanguageCode(l) && !getLanguage(l).reviewed);
  return (
    <article class="leaflet">
      <header class="leaflet-cover">
        <PairedText as="h2" langs={langs} k="leaflet.packTitle" names={{ area: common.t(`area.${area}.name`) }} />
        <div class="leaflet-qr">
          {Qr ? <Qr text={url} label={url} /> : <span class="qr-code" aria-hidden="true" />}
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
