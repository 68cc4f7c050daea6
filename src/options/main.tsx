import { render } from 'preact';
import { t, uiLocale } from '../i18n/t';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
