import { useT } from '../language/use-t';
import { Icon } from '../ui/Icon';

/** While a topic's text loads, or when a topic has none the helper tools can use. */
export function MissingBody({ title, loading, back }: { title: string; loading: boolean; back: string }) {
  const { t } = useT('helpers');
  return (
    <section class="stack">
      <h1>{title}</h1>
      <p class="notice" role="status">
        <Icon name="info" /> {loading ? t('common.loading') : t('common.noBody')}
      </p>
      {!loading && (
        <a class="button button-quiet" href={back}>
          <Icon name="back" /> {t('show.back')}
        </a>
      )}
    </section>
  );
}
