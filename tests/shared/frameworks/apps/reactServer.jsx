import { renderToString } from 'react-dom/server';
import { Article } from './react.jsx';

export const render = () => renderToString(<Article tickMs={0} />);
