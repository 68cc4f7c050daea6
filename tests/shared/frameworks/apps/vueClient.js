import { whenToHydrate } from './timing.js';
import { createApp } from './vue.js';

whenToHydrate((tickMs) => createApp(tickMs).mount('#app'));
