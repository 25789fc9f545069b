import type { Headcount as HeadcountData } from '../../../shared/domain/attendance/headcount';

/** Families, adults and kids, and kids by age band, as large figures. */
export function Headcount({ headcount, label = 'Headcount' }: { headcount: HeadcountData; label?: string }) {
  return (
    <section className="headcount" aria-label={label}>
      <dl className="headcount-main">
        <div>
          <dt>Families</dt>
          <dd>{headcount.families}</dd>
        </div>
        <div>
          <dt>Adults</dt>
          <dd>{headcount.adults}</dd>
        </div>
        <div>
          <dt>Kids</dt>
          <dd>{headcount.kids}</dd>
        </div>
      </dl>
      <dl className="headcount-bands" aria-label="Kids by age">
        {headcount.byBand.map((band) => (
          <div key={band.label}>
            <dt>{band.label}</dt>
            <dd>{band.count}</dd>
          </div>
        ))}
        {headcount.expected > 0 && (
          <div>
            <dt>On the way</dt>
            <dd>{headcount.expected}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
