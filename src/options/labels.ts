// Localised labels for setting values and problem kinds. Literal keys, so the build can check each one exists.
import type { DefaultSiteMode, HoldKey, SiteMode } from '../settings/schema';
import type { ProblemCode } from '../settings/validate';
import { t } from '../ui/i18n';
import type { Choice } from './controls';

export function siteModeChoices(): Choice<SiteMode>[] {
  return [
    { value: 'never', label: t('optionsModeNever') },
    { value: 'crypto-only', label: t('optionsModeCryptoOnly') },
    { value: 'always', label: t('optionsModeAlways') },
  ];
}

export function defaultSiteModeChoices(): Choice<DefaultSiteMode>[] {
  return [
    { value: 'always', label: t('optionsDefaultSiteModeAlways') },
    { value: 'crypto-only', label: t('optionsDefaultSiteModeCrypto') },
  ];
}

export function holdKeyChoices(): Choice<HoldKey>[] {
  return [
    { value: 'Alt', label: t('optionsKeyAlt') },
    { value: 'Shift', label: t('optionsKeyShift') },
    { value: 'Control', label: t('optionsKeyControl') },
    { value: 'Meta', label: t('optionsKeyMeta') },
  ];
}

export function problemLabel(code: ProblemCode): string {
  switch (code) {
    case 'not-object': return t('optionsProblemNotObject');
    case 'type': return t('optionsProblemType');
    case 'enum': return t('optionsProblemEnum');
    case 'range': return t('optionsProblemRange');
    case 'color': return t('optionsProblemColor');
    case 'pattern': return t('optionsProblemPattern');
    case 'duplicate': return t('optionsProblemDuplicate');
    case 'too-many': return t('optionsProblemTooMany');
    case 'unknown': return t('optionsProblemUnknown');
    case 'version': return t('optionsProblemVersion');
    case 'json': return t('optionsProblemJson');
  }
}
