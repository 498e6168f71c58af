import { useT } from '../../language/use-t';
import { Icon } from '../../ui/Icon';
import '../toolbar/helpers.css';

/** While a topic's text loads, or when a topic has none the helper tools can use. The h1 only when the page has none. */
export function MissingBody({ title, loading, back }: { title?: string; loading: boolean; back: string }) {
  const { t } = useT('helpers');
  return (
    <div class="stack">
      {title && <h1>{title}</h1>}
      <p class="notice" role="status">
        <Icon name="info" /> {loading ? t('common.loading') : t('common.noBody')}
      </p>
      {!loading && (
        <a class="button button-quiet" href={back}>
          <span class="dir-icon">
            <Icon name="back" />
          </span>{' '}
          {t('show.back')}
        </a>
      )}
    </div>
  );
}
