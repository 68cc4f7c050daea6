import { hydrateRoot } from 'react-dom/client';
import { Article } from './react.jsx';
import { whenToHydrate } from './timing.js';

whenToHydrate((tickMs) => hydrateRoot(document.getElementById('app'), <Article tickMs={tickMs} />));
