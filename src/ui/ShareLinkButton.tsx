import { useState } from 'react';
import { useAppStore } from '../state/store';
import { appLink } from './app-link';
import { useText } from './i18n';

/**
 * Copies the address of this view: the query carries view and filter, the hash the map
 * position, so the link reopens exactly this. The link is also shown, for when the browser
 * does not allow copying.
 */
export function ShareLinkButton() {
  const text = useText();
  const [shared, setShared] = useState<{ link: string; copied: boolean } | null>(null);
  const share = async () => {
    // Built from the store: the address bar follows a filter change only a moment later.
    const { view, filter, asOf } = useAppStore.getState();
    const link = appLink(window.location.href, view, filter, asOf);
    const copied = await navigator.clipboard.writeText(link).then(
      () => true,
      () => false,
    );
    setShared({ link, copied });
  };
  return (
    <span className="share-link">
      <button type="button" className="tool-button" data-testid="copy-link" onClick={() => void share()}>
        {text('copyLink')}
      </button>
      {shared && (
        <span className="share-link-popover" role="status">
          <span>{shared.copied ? text('linkCopied') : text('copyByHand')}</span>
          <input readOnly value={shared.link} data-testid="share-link" onFocus={(event) => event.target.select()} />
          <button type="button" className="link-button" onClick={() => setShared(null)}>
            {text('close')}
          </button>
        </span>
      )}
    </span>
  );
}
