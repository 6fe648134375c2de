/**
 * Type-checks translation keys against the Dutch locale file, so that a typo in a key is a
 * compile error rather than a raw key on screen.
 */
import 'i18next';
import type { nlResources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nlResources };
  }
}
