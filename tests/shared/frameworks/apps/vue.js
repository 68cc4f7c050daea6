// The article app in Vue 3, with a template as a single-file component would have it.
import { createSSRApp, onMounted, onUnmounted, ref } from 'vue';
import { TEXT } from './text.js';

const template = `<article>
<h1 id="headline">{{ TEXT.headline }}</h1>
<p id="lead">Bitcoin was quoted at \${{ TEXT.fmt(TEXT.lead) }}, its highest in a week.</p>
<p id="calm">Markets were calm. <template v-if="show">{{ TEXT.calm }}</template></p>
<p id="status">Bitcoin is <template v-if="loading">loading…</template><template v-else>\${{ TEXT.fmt(quote) }}</template> right now.</p>
<p id="swap"><template v-if="up">{{ TEXT.rose }}</template><template v-else>{{ TEXT.fell }}</template></p>
<p id="ticker" :data-price="price">Bitcoin trades at \${{ TEXT.fmt(price) }} right now.</p>
<div id="controls">
<button type="button" id="toggle" @click="show = !show">Toggle</button>
<button type="button" id="refetch" @click="refetch" :disabled="loading">Refetch</button>
<button type="button" id="flip" @click="up = !up">Flip</button>
<button type="button" id="count" @click="clicks++">Clicked {{ clicks }} times</button>
</div>
</article>`;

export function createApp(tickMs) {
  return createSSRApp({
    template,
    setup() {
      const show = ref(true);
      const loading = ref(false);
      const quote = ref(TEXT.quote);
      const up = ref(true);
      const price = ref(TEXT.price);
      const clicks = ref(0);
      let timer;
      onMounted(() => {
        window.appHydrated = true;
        if (tickMs) timer = setInterval(() => (price.value += TEXT.step), tickMs);
      });
      onUnmounted(() => clearInterval(timer));
      const refetch = () => {
        loading.value = true;
        setTimeout(() => {
          quote.value += TEXT.step;
          loading.value = false;
        }, 50);
      };
      return { TEXT, show, loading, quote, up, price, clicks, refetch };
    },
  });
}
