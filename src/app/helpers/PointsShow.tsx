import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { i18n, loadNamespaceFile } from '../language/i18n';
import { useT } from '../language/use-t';
import { moveIndex } from './swipe';
import { PointText, translatePlain } from './PointText';
import { ShowFrame } from './ShowFrame';
import type { TopicPoint } from './topic-body';

interface Props {
  title: string;
  ns: string;
  points: readonly TopicPoint[];
  onClose: () => void;
}

function pointText(t: TFunction, point: TopicPoint): string {
  return [point.heading, ...point.text].map((k) => translatePlain(t, k, point.values)).join('\n');
}

/** Show mode over a points list kept in data: one heading and its paragraphs per screen. */
export function PointsShow({ title, ns, points, onClose }: Props) {
  const { t, lng } = useT(ns);
  const [index, setIndex] = useState(0);
  const [englishReady, setEnglishReady] = useState(lng === 'en' || i18n.hasResourceBundle('en', ns));
  useEffect(() => {
    if (englishReady) return;
    void loadNamespaceFile('en', ns).then((data) => {
      i18n.addResourceBundle('en', ns, data, true, false);
      setEnglishReady(true);
    }, () => undefined);
  }, [ns, englishReady]);
  const point = points[index];
  if (!point) return null;
  const english = i18n.getFixedT('en', ns);
  return (
    <ShowFrame
      title={title}
      index={index}
      count={points.length}
      onStep={(step) => setIndex((i) => moveIndex(i, step, points.length))}
      onClose={onClose}
      getText={() => pointText(t, point)}
      {...(lng !== 'en' && englishReady ? { getEnglishText: () => pointText(english, point) } : {})}
    >
      <div class="show-item" key={point.id}>
        <h2>
          <PointText t={t} k={point.heading} values={point.values} />
        </h2>
        {point.text.map((k) => (
          <p key={k}>
            <PointText t={t} k={k} values={point.values} />
          </p>
        ))}
      </div>
    </ShowFrame>
  );
}
