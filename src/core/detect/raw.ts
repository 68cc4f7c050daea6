// String.raw under a short name the bundle can shorten further: the detector writes its patterns
// with it some twenty times, and a minifier may not rename a property of a global.
export const raw = String.raw;
