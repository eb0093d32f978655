// The list of what is wrong with an imported file: each field, what kind of problem, and the detail.
import type { SettingsProblem } from '../settings/validate';
import { t } from '../ui/i18n';
import { problemLabel } from './labels';

export function ProblemList({ fileName, problems }: { fileName: string; problems: readonly SettingsProblem[] }) {
  return (
    <div class="problems" role="alert" data-testid="import-problems">
      <p class="problems-title">{t('optionsImportFailed', fileName)}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.field}|${i}`}>
            <code class="problem-field">{problem.field}</code> <span class="problem-kind">{problemLabel(problem.code)}</span>
            {problem.code !== 'unknown' && <span class="problem-reason"> ({problem.reason})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
