// The explainer's sections, in reading order. Titles and prose are localized keys; diagrams sit where they help.
import type { ComponentChildren } from 'preact';
import { HighwayDiagram } from '../diagrams/HighwayDiagram';
import { LayerStackDiagram } from '../diagrams/LayerStackDiagram';
import { RollupDiagram } from '../diagrams/RollupDiagram';
import { TrilemmaDiagram } from '../diagrams/TrilemmaDiagram';
import { t } from '../../ui/i18n';
import { Bullets, P, Rich } from './Rich';

export interface Section {
  id: string;
  titleKey: string;
  body: () => ComponentChildren;
}

export const SECTIONS: Section[] = [
  {
    id: 'layer-1',
    titleKey: 'popupSecL1Title',
    body: () => (
      <>
        <P k="popupL1Lead" />
        <Bullets keys={['popupL1Consensus', 'popupL1Decentralisation', 'popupL1Coin']} />
      </>
    ),
  },
  {
    id: 'l1-examples',
    titleKey: 'popupSecL1ExamplesTitle',
    body: () => (
      <Bullets keys={['popupL1ExBitcoin', 'popupL1ExEthereum', 'popupL1ExSolana', 'popupL1ExAvalanche', 'popupL1ExCardano']} />
    ),
  },
  {
    id: 'limits',
    titleKey: 'popupSecLimitsTitle',
    body: () => (
      <>
        <P k="popupLimitsLead" />
        <Bullets keys={['popupLimitsSlow', 'popupLimitsFees', 'popupLimitsScale']} />
        <P k="popupTrilemma" />
        <TrilemmaDiagram />
      </>
    ),
  },
  {
    id: 'layer-2',
    titleKey: 'popupSecL2Title',
    body: () => (
      <>
        <P k="popupL2Lead" />
        <Bullets keys={['popupL2Faster', 'popupL2Cheaper', 'popupL2Inherits']} />
        <LayerStackDiagram />
        <p class="caveat">
          <Rich text={t('popupL2Caveat')} />
        </p>
        <P k="popupL3" />
      </>
    ),
  },
  {
    id: 'l2-examples',
    titleKey: 'popupSecL2ExamplesTitle',
    body: () => (
      <Bullets
        keys={['popupL2ExLightning', 'popupL2ExArbitrum', 'popupL2ExOptimism', 'popupL2ExZksync', 'popupL2ExPolygon']}
      />
    ),
  },
  {
    id: 'highway',
    titleKey: 'popupSecHighwayTitle',
    body: () => (
      <>
        <P k="popupHighway1" />
        <HighwayDiagram />
        <P k="popupHighway2" />
      </>
    ),
  },
  {
    id: 'rollups',
    titleKey: 'popupSecRollupTitle',
    body: () => (
      <>
        <P k="popupRollup1" />
        <RollupDiagram />
        <P k="popupRollup2" />
      </>
    ),
  },
  {
    id: 'better',
    titleKey: 'popupSecBetterTitle',
    body: () => (
      <>
        <P k="popupBetter1" />
        <P k="popupBetter2" />
      </>
    ),
  },
  {
    id: 'future',
    titleKey: 'popupSecFutureTitle',
    body: () => <Bullets keys={['popupFutureZk', 'popupFutureModular', 'popupFutureL3']} />,
  },
  {
    id: 'beyond',
    titleKey: 'popupSecBeyondTitle',
    body: () => (
      <>
        <P k="popupBeyondLead" />
        <Bullets keys={['popupBeyondKinds', 'popupBeyondDa', 'popupBeyondStages', 'popupBeyondBridges']} />
      </>
    ),
  },
];
