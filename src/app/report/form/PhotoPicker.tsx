import { useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/report';
import { useT } from '../../language/use-t';
import { codeKey, errorId, inputId } from './field-paths';
import type { PhotoValue } from './form-values';
import { resizePhoto } from './photo-resize';

interface Props {
  photos: readonly PhotoValue[];
  onPhotos: (photos: PhotoValue[]) => void;
  error?: string;
}

/** Up to three photos, each made smaller on the phone before it is kept or sent. */
export function PhotoPicker({ photos, onPhotos, error }: Props) {
  const { t } = useT('report');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const id = inputId('photos');
  const full = photos.length >= LIMITS.photos;

  const add = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])].slice(0, LIMITS.photos - photos.length);
    input.value = '';
    let next = [...photos];
    setBusy(true);
    setNote(t('photos.working'));
    for (const file of files) {
      try {
        next = [...next, await resizePhoto(file)];
        onPhotos(next);
        setNote(t('photos.added'));
      } catch {
        setNote(t('photos.failed'));
      }
    }
    setBusy(false);
  };

  return (
    <section class="stack" aria-labelledby="report-photos-title">
      <h2 id="report-photos-title">{t('photos.title')}</h2>
      <p id={`${id}-hint`}>{t('photos.hint', { max: LIMITS.photos, count: LIMITS.photos })}</p>
      {photos.length > 0 && (
        <ul class="report-photos">
          {photos.map((p, i) => (
            <li key={p.data.slice(-24)}>
              <img src={`data:${p.type};base64,${p.data}`} alt={t('photos.alt', { number: i + 1 })} />
              <button type="button" class="button button-quiet" onClick={() => onPhotos(photos.filter((_, j) => j !== i))}>
                {t('photos.remove', { number: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p>{t('photos.full')}</p>
      ) : (
        <div class="field">
          <label for={id} class="button button-quiet report-file">
            {t('photos.add')}
          </label>
          <input
            id={id}
            class="visually-hidden"
            type="file"
            accept="image/*"
            multiple
            disabled={busy}
            aria-describedby={[`${id}-hint`, error && errorId('photos')].filter(Boolean).join(' ')}
            onChange={(e) => void add(e.currentTarget)}
          />
        </div>
      )}
      {error && (
        <p id={errorId('photos')} class="field-error">
          {t(codeKey(error))}
        </p>
      )}
      <p role="status" class="report-muted">
        {note}
      </p>
    </section>
  );
}
