// The trilemma: security, decentralisation and scalability at the corners; a simple chain leans towards two.
import { t } from '../../ui/i18n';
import { Figure } from './Figure';

export function TrilemmaDiagram() {
  return (
    <Figure id="diagram-trilemma" title={t('popupDiagTrilemmaTitle')} desc={t('popupDiagTrilemmaDesc')} viewBox="0 0 360 168">
      <path class="d-triangle" d="M180 26 L300 138 L60 138 Z" />
      <circle class="d-corner" cx={180} cy={26} r={7} />
      <circle class="d-corner" cx={300} cy={138} r={7} />
      <circle class="d-corner" cx={60} cy={138} r={7} />
      <text class="d-label d-strong" x={180} y={13} text-anchor="middle">
        {t('popupDiagTrilemmaSecurity')}
      </text>
      <text class="d-label d-strong" x={60} y={160} text-anchor="middle">
        {t('popupDiagTrilemmaDecentralisation')}
      </text>
      <text class="d-label d-strong" x={300} y={160} text-anchor="middle">
        {t('popupDiagTrilemmaScalability')}
      </text>
      <text class="d-small" x={180} y={104} text-anchor="middle">
        {t('popupDiagTrilemmaCenter')}
      </text>
    </Figure>
  );
}
