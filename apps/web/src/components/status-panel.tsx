import type { ReactNode } from 'react';
import type { HealthReport } from '@/lib/health';
import { RefreshButton } from './refresh-button';

type Tone = 'ok' | 'warn' | 'down';

const TONE_LABEL: Record<Tone, string> = { ok: 'OK', warn: 'Degraded', down: 'Down' };

function StatusIcon({ tone }: { tone: Tone }) {
  const paths: Record<Tone, string> = {
    ok: 'M6 12.5l4 4 8-9',
    warn: 'M12 7v6M12 16.5v.5',
    down: 'M8 8l8 8M16 8l-8 8',
  };
  return (
    <svg
      className={`status-icon status-icon--${tone}`}
      width="20"
      height="20"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path
        d={paths[tone]}
        fill="none"
        stroke="var(--color-surface)"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

interface Row {
  label: string;
  tone: Tone;
  value: string;
}

function rowsOf(report: HealthReport): Row[] {
  switch (report.kind) {
    case 'answered': {
      const { health } = report;
      return [
        { label: 'API', tone: 'ok', value: 'Reachable' },
        {
          label: 'Database',
          tone: health.database ? 'ok' : 'down',
          value: health.database ? 'Connected' : 'Unavailable',
        },
        {
          label: 'Redis',
          tone: health.redis ? 'ok' : 'down',
          value: health.redis ? 'Connected' : 'Unavailable',
        },
      ];
    }
    case 'unreachable':
    case 'failed':
      return [
        {
          label: 'API',
          tone: 'down',
          value:
            report.kind === 'failed'
              ? `Error (${report.code})`
              : report.code === 'TIMEOUT'
                ? 'Not answering'
                : 'Unreachable',
        },
        { label: 'Database', tone: 'warn', value: 'Unknown' },
        { label: 'Redis', tone: 'warn', value: 'Unknown' },
      ];
  }
}

function summaryOf(report: HealthReport): { tone: Tone; title: string; detail: ReactNode } {
  if (report.kind === 'unreachable') {
    return {
      tone: 'down',
      title: 'The API is unreachable',
      detail: (
        <>
          {report.message} Is it running? <code>npm start</code> brings up everything.
        </>
      ),
    };
  }
  if (report.kind === 'failed') {
    return {
      tone: 'down',
      title: 'The API answered with an error',
      detail: (
        <>
          {report.message} Code <code>{report.code}</code>; the API&apos;s log says more.
        </>
      ),
    };
  }
  if (report.health.ok) {
    return {
      tone: 'ok',
      title: 'All systems operational',
      detail: 'The API, database and Redis are answering.',
    };
  }
  return {
    tone: 'warn',
    title: 'Running with problems',
    detail: 'The API answers, but something it depends on does not. It recovers by itself once that is back.',
  };
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** The live health of the system, as the API reports it through GraphQL. */
export function StatusPanel({ report }: { report: HealthReport }) {
  const summary = summaryOf(report);
  const rows = rowsOf(report);
  return (
    <section className="card status-panel" aria-labelledby="status-title">
      <header className="status-panel__header">
        <h2 id="status-title" className="status-panel__title">
          System status
        </h2>
        <RefreshButton>Check again</RefreshButton>
      </header>
      <div className={`status-summary status-summary--${summary.tone}`} role="status">
        <StatusIcon tone={summary.tone} />
        <div>
          <p className="status-summary__title">{summary.title}</p>
          <p className="status-summary__detail">{summary.detail}</p>
        </div>
      </div>
      <dl className="status-list">
        {rows.map((row) => (
          <div key={row.label} className="status-list__row">
            <dt>{row.label}</dt>
            <dd>
              <StatusIcon tone={row.tone} />
              <span>{row.value}</span>
              <span className="visually-hidden"> ({TONE_LABEL[row.tone]})</span>
            </dd>
          </div>
        ))}
        <div className="status-list__row">
          <dt>Version</dt>
          <dd>{report.kind === 'answered' ? <code>{report.health.version}</code> : <span>Unknown</span>}</dd>
        </div>
      </dl>
      <p className="status-panel__footnote">
        Checked <time dateTime={report.checkedAt.toISOString()}>{timeFormat.format(report.checkedAt)}</time>
      </p>
    </section>
  );
}
