import type { attendanceMethods } from '../../../shared/api/methods/attendance';
import type { CoreContext, HandlersFor } from '../api/handlers';
import { backupsFolderFor, snapshotDatabase } from '../backup/backup-store';
import { AttendanceDashboardReader } from './attendance-dashboard';
import { AttendanceImporter } from './attendance-import';
import { AttendanceRepository } from './attendance-repository';

export function attendanceHandlers(context: CoreContext): HandlersFor<keyof typeof attendanceMethods> {
  const attendance = new AttendanceRepository(context.db);
  const dashboard = new AttendanceDashboardReader(context.db);
  const importer = new AttendanceImporter(context.db, attendance);
  return {
    'attendance.sessions': () => attendance.sessions(),
    'attendance.session': ({ sessionId }) => attendance.sessionAttendance(sessionId),
    'attendance.search': ({ sessionId, search }) => attendance.search(sessionId, search),
    'attendance.checkIn': (input) => {
      attendance.checkIn(input);
      return attendance.sessionAttendance(input.sessionId);
    },
    'attendance.undo': ({ sessionId, familyId }) => {
      attendance.undo(sessionId, familyId);
      return attendance.sessionAttendance(sessionId);
    },
    'attendance.walkIn': (input) => {
      const familyId = attendance.walkIn(input);
      return { ...attendance.sessionAttendance(input.sessionId), familyId };
    },
    'attendance.walkInMatches': (input) => attendance.walkInMatches(input),
    'attendance.savePaper': ({ sessionId, familyIds }) => attendance.savePaper(sessionId, familyIds),
    'attendance.familyHistory': ({ familyId }) => attendance.history(familyId),
    'attendance.dashboard': ({ weeks }) => dashboard.read(weeks),
    'attendance.importCsv': (input) => {
      // An import changes many families at once: keep a copy to go back to, like every other import.
      if (!input.dryRun)
        snapshotDatabase(
          context.db,
          backupsFolderFor(context.databasePath),
          'before-import',
          new Date(),
          input.fileName ? { importedFile: input.fileName } : {},
        );
      return importer.run(input);
    },
  };
}
