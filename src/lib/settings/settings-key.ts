// Where the reader's settings are kept (localStorage), apart from the settings' code: the pay estimator and the
// timeline look for a rate there before they load any of it (src/ui/use-local-money.ts).
export const SETTINGS_KEY = 'ladder:settings:v1';
