/**
 * Switches the interface between Dutch and English. Each button names its language in that
 * language (with a matching lang attribute) and shows with aria-pressed which one is active.
 */
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : undefined;

  return (
    <fieldset className="ketenhuis-language-switch">
      <legend className="ketenhuis-language-switch__legend">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          type="button"
          appearance="subtle-button"
          lang={language}
          pressed={current === language}
          onClick={() => void setLanguage(language)}
        >
          {t(`language.${language}`)}
        </Button>
      ))}
    </fieldset>
  );
}
