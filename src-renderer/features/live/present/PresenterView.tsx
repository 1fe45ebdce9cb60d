// What the projector shows, from presenter.get only (never live.get: this view must not even
// receive a member's statement unless the facilitator chose to show it): the phase, the current
// indicator in large type, whose self-review it is, the speaker with the countdown, the queue.
import type { PresenterView as PresenterData } from '../../../../src-main/contract/live';
import { t } from '../../../i18n';
import { Countdown } from '../gop-y/Countdown';
import classes from './PresenterView.module.css';

/** How many waiting speakers the projector lists (more would not be readable). */
export const QUEUE_SHOWN = 5;

export function PresenterView({ data, connectionLost = false }: { data: PresenterData; connectionLost?: boolean }) {
  const p = t.speech.presenter;
  const speaking = data.queue.find((q) => q.status === 'speaking');
  const waiting = data.queue.filter((q) => q.status === 'waiting');
  return (
    <div className={classes.screen} data-presenter>
      <header className={classes.header}>
        <div className={classes.topic} title={`${data.cellName} — ${data.topic}`}>
          {data.cellName} — {data.topic}
        </div>
        <div className={classes.phase}>
          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{p.phase}: </span>
          {t.live.phases[data.phase]}
        </div>
      </header>
      <div className={classes.body}>
        <main className={classes.main} data-with-statement={data.shownStatement ? true : undefined}>
          {data.indicator ? (
            <>
              <p className={classes.label}>
                {p.indicator(data.indicator.no)} · {data.indicator.groupTitle}
              </p>
              <h1 className={classes.indicatorText}>{data.indicator.text}</h1>
              {!data.indicator.official && <p className={classes.label}>{t.focus.unconfirmedTitle}</p>}
            </>
          ) : (
            <h1 className={classes.indicatorText}>{data.topic}</h1>
          )}
          {data.subjectName && (
            <p className={classes.subject}>
              {p.subject}: <strong>{data.subjectName}</strong>
            </p>
          )}
          {data.shownStatement && (
            <figure style={{ margin: 0 }}>
              <figcaption className={classes.label}>
                {data.shownStatement.subjectName === data.subjectName && data.shownStatement.indicatorNo === data.indicator?.no
                  ? p.statementTitleShort(data.shownStatement.assessmentLabel)
                  : p.statementTitle(data.shownStatement.subjectName, data.shownStatement.indicatorNo, data.shownStatement.assessmentLabel)}
              </figcaption>
              <blockquote className={classes.statement}>{data.shownStatement.statement}</blockquote>
            </figure>
          )}
        </main>
        <aside className={classes.side} aria-label={p.speaker}>
          <div>
            <p className={classes.label}>{p.speaker}</p>
            <p className={classes.speakerName}>{speaking ? speaking.memberName : p.nobody}</p>
          </div>
          <div>
            <p className={classes.label}>{p.timer}</p>
            <Countdown timer={data.timer} serverNow={data.serverNow} size="clamp(3.5rem, 6.5vw, 7rem)" color="#000000" overColor="#b00000" overLabel="below" />
          </div>
          <div>
            <p className={classes.label}>{p.queue}</p>
            {waiting.length === 0 ? (
              <p className={classes.muted}>{p.queueEmpty}</p>
            ) : (
              <ol className={classes.queue}>
                {waiting.slice(0, QUEUE_SHOWN).map((q, i) => (
                  <li key={q.id}>
                    {i + 1}. {q.memberName}
                  </li>
                ))}
                {waiting.length > QUEUE_SHOWN && <li>{p.more(waiting.length - QUEUE_SHOWN)}</li>}
              </ol>
            )}
          </div>
        </aside>
      </div>
      {connectionLost && (
        <div className={classes.lost} role="status">
          {p.lost}
        </div>
      )}
    </div>
  );
}
