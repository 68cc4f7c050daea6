// Storage keys, apart from the schemas so the content script can name them without bundling a schema library.
export const STATE_KEY = 'caplens.state';
export const MILESTONES_KEY = 'caplens.milestones';
export const SETTINGS_KEY = 'caplens.settings';
