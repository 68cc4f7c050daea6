import { render } from 'preact';
import { t, uiLocale } from '../i18n/t';
import { PopupApp } from './PopupApp';

document.documentElement.lang = uiLocale();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
