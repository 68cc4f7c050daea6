import { render as renderSvelte } from 'svelte/server';
import Article from './Article.svelte';

export const render = () => renderSvelte(Article, { props: { tickMs: 0 } }).body;
