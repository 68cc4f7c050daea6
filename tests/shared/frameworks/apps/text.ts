// What every framework's article app says, so that their pages read the same.
export const TEXT = {
  headline: 'Bitcoin steadies after a volatile week',
  lead: 61_234,
  calm: 'Bitcoin was quoted at $60,950 in early Asian trading.',
  quote: 61_100,
  rose: 'Bitcoin rose to $62,000 today.',
  fell: 'Bitcoin fell to $59,000 today.',
  price: 61_300,
  step: 50,
  fmt: (n: number) => n.toLocaleString('en-US'),
};
