/** Calendar replies (iTIP METHOD:REPLY) written the way Gmail and Outlook write them, for the replies tests. */
function replyCalendar(prodId: string, attendee: string, extra = '', uid = 'reply-1@village'): string {
  return [
    'BEGIN:VCALENDAR',
    `PRODID:${prodId}`,
    'VERSION:2.0',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'DTSTART:20300504T140000Z',
    'DTEND:20300504T153000Z',
    'DTSTAMP:20300420T120000Z',
    'ORGANIZER;CN=organizer@example.org:mailto:organizer@example.org',
    `UID:${uid}`,
    attendee,
    'SEQUENCE:0',
    'SUMMARY:Toddler morning',
    extra,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\r\n');
}

/** Gmail: multipart/mixed with an inline text/calendar alternative and the same reply as invite.ics. */
export function gmailReply(from: string, name: string, partstat: string, id: string, uid?: string): string {
  const ics = replyCalendar(
    '-//Google Inc//Google Calendar 70.9054//EN',
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};CN=${name};X-NUM-GUESTS=0:\r\n mailto:${from}`,
    '',
    uid,
  );
  return [
    'MIME-Version: 1.0',
    `From: ${name} <${from}>`,
    'Date: Sat, 20 Apr 2030 12:00:00 +0000',
    `Message-ID: <${id}@mail.gmail.com>`,
    `Subject: ${partstat === 'ACCEPTED' ? 'Accepted' : 'Declined'}: Toddler morning @ Sat May 4, 2030 10am - 11:30am (EDT) (organizer@example.org)`,
    'To: organizer@example.org',
    'Content-Type: multipart/mixed; boundary="000000000000aaa"',
    '',
    '--000000000000aaa',
    'Content-Type: multipart/alternative; boundary="000000000000bbb"',
    '',
    '--000000000000bbb',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    `${name} has ${partstat === 'ACCEPTED' ? 'accepted' : 'declined'} this invitation.`,
    '',
    '--000000000000bbb',
    'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
    'Content-Transfer-Encoding: 7bit',
    '',
    ics,
    '--000000000000bbb--',
    '--000000000000aaa',
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(ics).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--000000000000aaa--',
    '',
  ].join('\r\n');
}

/** Outlook: multipart/alternative (plain, HTML, base64 text/calendar) with a VTIMEZONE and a mixed-case address. */
export function outlookReply(from: string, name: string, partstat: string, id: string): string {
  const ics = replyCalendar(
    'Microsoft Exchange Server 2010',
    `ATTENDEE;PARTSTAT=${partstat};CN=${name}:mailto:${from}`,
    'X-MICROSOFT-CDO-REPLYTIME:20300420T120000Z',
  );
  return [
    `From: ${name} <${from}>`,
    'To: "organizer@example.org" <organizer@example.org>',
    `Subject: Tentative: Toddler morning`,
    'Date: Sat, 20 Apr 2030 12:05:00 +0000',
    `Message-ID: <${id}@namprd.prod.outlook.com>`,
    'Content-Type: multipart/alternative; boundary="_000_DM6PR_"',
    'MIME-Version: 1.0',
    '',
    '--_000_DM6PR_',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    '',
    '--_000_DM6PR_',
    'Content-Type: text/html; charset="us-ascii"',
    '',
    '<html><body></body></html>',
    '--_000_DM6PR_',
    'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(ics).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--_000_DM6PR_--',
    '',
  ].join('\r\n');
}
