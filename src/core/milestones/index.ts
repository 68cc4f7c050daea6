// The milestone module: pure functions over plain data, no browser APIs and no clock (callers pass `now`).
export * from './crossings';
export * from './day';
export * from './firsts';
export * from './highNews';
export * from './highs';
export * from './history';
export * from './knownHistory';
export * from './ladder';
export * from './ladderText';
export * from './legacy';
export * from './log';
export * from './merge';
export * from './nearest';
export * from './observe';
export * from './schema';
export * from './types';
export * from './wording';
