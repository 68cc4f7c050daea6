// The popup's floor: an extension page with Preact that renders one figure and nothing else.
import { render } from 'preact';

const root = document.getElementById('app');
if (root) render(<p data-testid="price">$61,234.50</p>, root);
