/** The session the Reach tests send about: a Saturday toddler morning in New York, at a given park. */
export function toddlerMorning(parkId: number) {
  return {
    title: 'Toddler morning',
    parkId,
    date: '2030-05-04',
    startTime: '10:00',
    endTime: '11:30',
    timeZone: 'America/New_York',
  } as const;
}
