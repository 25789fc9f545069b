const WHAT_IS_COMING: Record<string, string> = {
  sessions: 'Plan one-off and weekly meetups with an age band and capacity, and send calendar invites.',
  parks: 'Keep your parks with notes on shade, restrooms, fenced playgrounds and parking.',
  import: 'Bring in sign-up sheets from Google Forms, SignUpGenius, Eventbrite, Meetup or Excel.',
  attendance: 'Check families in at the park, welcome walk-ins, and see who you have not seen in a while.',
};

export function ComingSoon({ title, pageId }: { title: string; pageId: string }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{title}</h1>
      </header>
      <div className="empty-state">
        <p className="empty-title">Coming soon</p>
        <p>{WHAT_IS_COMING[pageId]}</p>
      </div>
    </section>
  );
}
