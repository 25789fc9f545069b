/** A mail account for queuing in tests (nothing is sent to it unless a test starts smtp-sink on its port). */
export const TEST_MAIL_ACCOUNT = {
  host: '127.0.0.1',
  port: 2525,
  tls: 'none',
  user: '',
  from: 'organizer@example.org',
  perDay: null,
} as const;
