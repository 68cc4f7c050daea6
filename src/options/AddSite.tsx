// "Add a site": notes on for one more site. The site's permission is asked for in the click itself
// (browsers grant it only from a user gesture); once granted, the background turns the site on
// (permissions.onAdded), exactly as after the popup's switch.

import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { isNewsSite } from '../sites/contentScript';
import { askForSite } from '../sites/permission';
import { parseSiteInput } from './siteInput';

export interface AddSiteProps {
  /** The site is on: the background has it too, the form's list should show it. */
  onAdded(host: string): void;
}

export function AddSite({ onAdded }: AddSiteProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  const add = () => {
    setMessage('');
    const parsed = parseSiteInput(text);
    if ('error' in parsed) {
      setError(t(parsed.error === 'empty' ? 'errSiteEmpty' : 'errSiteName'));
      return;
    }
    const { host } = parsed;
    setError('');
    if (isNewsSite(host)) {
      setMessage(t('siteOnByDefault', host));
      return;
    }
    // Nothing awaited before the request: the click's gesture must still be there.
    askForSite(host).then(
      (granted) => {
        if (!granted) return setError(t('permissionDenied', host));
        setText('');
        setMessage(t('siteAdded', host));
        onAdded(host);
      },
      () => setError(t('permissionDenied', host)),
    );
  };

  return (
    <div class={`field add-site${error ? ' invalid' : ''}`}>
      <label for="add-site">{t('addSiteLabel')}</label>
      <div class="add-site-row">
        <input
          id="add-site"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter adds the site instead of submitting the whole form.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('addSiteButton')}
        </button>
      </div>
      {error ? (
        <p class="error" id="add-site-error" role="alert" data-testid="error-add-site">
          {error}
        </p>
      ) : null}
      <output aria-live="polite" data-testid="add-site-status">
        {message}
      </output>
    </div>
  );
}
