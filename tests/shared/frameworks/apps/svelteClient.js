import { hydrate } from 'svelte';
import Article from './Article.svelte';
import { whenToHydrate } from './timing.js';

whenToHydrate((tickMs) => hydrate(Article, { target: document.getElementById('app'), props: { tickMs } }));
