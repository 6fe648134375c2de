/**
 * Internationalisation: i18next with Dutch (default) and English. Every user-facing string lives
 * in ./locales/*.json. The chosen language is remembered in localStorage and mirrored in
 * <html lang> so that assistive technology pronounces the page correctly.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enResources, nlResources } from './resources';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

const STORAGE_KEY = 'ketenhuis.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be unavailable (privacy mode, blocked cookies): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches the language, remembers the choice and updates <html lang>. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works for this visit.
  }
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
});

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nlResources }, en: { translation: enResources } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});
document.documentElement.lang = currentLanguage();

export default i18next;
