// The article app in React (18 and 19 from this one source): the cases of the framework-page tests.
import { useEffect, useState } from 'react';
import { TEXT } from './text.js';

export function Article({ tickMs }) {
  const [show, setShow] = useState(true);
  const [loading, setLoading] = useState(false);
  const [quote, setQuote] = useState(TEXT.quote);
  const [up, setUp] = useState(true);
  const [price, setPrice] = useState(TEXT.price);
  const [clicks, setClicks] = useState(0);
  useEffect(() => {
    window.appHydrated = true;
  }, []);
  useEffect(() => {
    if (!tickMs) return;
    const timer = setInterval(() => setPrice((p) => p + TEXT.step), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  const refetch = () => {
    setLoading(true);
    setTimeout(() => {
      setQuote((q) => q + TEXT.step);
      setLoading(false);
    }, 50);
  };
  return (
    <article>
      <h1 id="headline">{TEXT.headline}</h1>
      <p id="lead">Bitcoin was quoted at ${TEXT.fmt(TEXT.lead)}, its highest in a week.</p>
      <p id="calm">Markets were calm. {show && TEXT.calm}</p>
      <p id="status">Bitcoin is {loading ? 'loading…' : `$${TEXT.fmt(quote)}`} right now.</p>
      <p id="swap">{up ? TEXT.rose : TEXT.fell}</p>
      <p id="ticker" data-price={price}>
        Bitcoin trades at ${TEXT.fmt(price)} right now.
      </p>
      <div id="controls">
        <button type="button" id="toggle" onClick={() => setShow((s) => !s)}>
          Toggle
        </button>
        <button type="button" id="refetch" onClick={refetch} disabled={loading}>
          Refetch
        </button>
        <button type="button" id="flip" onClick={() => setUp((u) => !u)}>
          Flip
        </button>
        <button type="button" id="count" onClick={() => setClicks((c) => c + 1)}>
          Clicked {clicks} times
        </button>
      </div>
    </article>
  );
}
