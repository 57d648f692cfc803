import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/i18n.ts';
import type { Job } from '../store/prepare.ts';
import { useActions, useLab } from './labPage.tsx';

/** What a run being prepared is doing, how far it has got, and a way to stop it. */
export function JobView({ job, onCancel }: { job: Job; onCancel: () => void }) {
  const { t } = useTranslation();
  const building = job.stage === 'build';
  const label = building
    ? t('job.build', { count: job.people, people: formatNumber(job.people) })
    : t('job.replay', { tick: formatNumber(job.done), total: formatNumber(job.total) });
  return (
    <div className="job" role="status">
      <span>{label}</span>
      <progress
        aria-label={t('job.progress')}
        max={building ? undefined : Math.max(1, job.total)}
        value={building ? undefined : job.done}
      />
      <button type="button" onClick={onCancel}>
        {t('job.cancel')}
      </button>
    </div>
  );
}

/** The store's run being prepared, if any; what is on show stays until it is ready. */
export function JobProgress() {
  const job = useLab((s) => s.job);
  const { cancelJob } = useActions();
  return job ? <JobView job={job} onCancel={cancelJob} /> : null;
}
