import { useCallback, useEffect, useState } from 'react';
import { localToday, type IsoDate } from '../../../shared/domain/calendar-date';
import type { ColumnField } from '../../../shared/domain/import/header-synonyms';
import type { ImportBatch, ImportPreview, ImportResult } from '../../../shared/domain/import/import-preview';
import type { DateOrder } from '../../../shared/domain/import/sheet-dates';
import { MAX_SHEET_BYTES, type SheetDelimiter, type SheetEncoding } from '../../../shared/domain/import/sheet-settings';
import { call } from '../api/client';
import { failureMessage } from '../api/failure-message';
import { useApi } from '../api/useApi';

export interface Overrides {
  encoding?: SheetEncoding;
  delimiter?: SheetDelimiter;
  mapping?: ColumnField[];
  dateOrder?: DateOrder;
  agesAsOf?: IsoDate;
}

interface ChosenSheet {
  fileName: string;
  data: string;
  /** The day the file was last saved: ages in a sheet without sign-up times are counted from it. */
  fileDate: IsoDate;
}

/** The file's bytes as base64, the way the API takes them. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

const NO_BATCHES: ImportBatch[] = [];

/** The import page's state: the chosen sheet, the organizer's overrides, its preview, and past imports. */
export function useImport() {
  const [sheet, setSheet] = useState<ChosenSheet | null>(null);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<(ImportResult & { fileName: string }) | null>(null);
  const past = useApi('import.batches', {}, 'Village could not load the past imports.');
  const { reload: loadBatches } = past;

  useEffect(() => {
    if (!sheet) return;
    let current = true;
    call('import.preview', { ...sheet, ...overrides })
      .then((value) => {
        if (!current) return;
        setPreview(value);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (!current) return;
        setPreview(null);
        setError(failureMessage(failure, 'Village could not read this file.'));
      })
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [sheet, overrides]);

  const choose = useCallback(async (file: File) => {
    setResult(null);
    setOverrides({});
    if (file.size > MAX_SHEET_BYTES) {
      setSheet(null);
      setPreview(null);
      setError(
        `This file is ${Math.round(file.size / 1024 / 1024)} MB; Village takes sign-up sheets up to ${MAX_SHEET_BYTES / 1024 / 1024} MB. Is it the right file?`,
      );
      return;
    }
    try {
      const data = await readAsBase64(file);
      setBusy(true);
      setSheet({ fileName: file.name, data, fileDate: localToday(new Date(file.lastModified)) });
    } catch {
      setError('Village could not read this file from your computer.');
    }
  }, []);

  const override = useCallback((change: Overrides) => {
    setBusy(true);
    setOverrides((previous) => ({ ...previous, ...change }));
  }, []);

  const commit = useCallback(
    async (sessionId: number | null) => {
      if (!sheet) return;
      setBusy(true);
      try {
        const committed = await call('import.commit', {
          ...sheet,
          ...overrides,
          ...(sessionId === null ? {} : { sessionId }),
        });
        setResult({ ...committed, fileName: sheet.fileName });
        setSheet(null);
        setPreview(null);
        setError(null);
        loadBatches();
      } catch (failure) {
        setError(failureMessage(failure, 'Village could not import this file; nothing was changed.'));
      } finally {
        setBusy(false);
      }
    },
    [sheet, overrides, loadBatches],
  );

  const undo = useCallback(
    async (batchId: number) => {
      try {
        const batch = await call('import.undo', { batchId });
        setResult(null);
        setError(null);
        loadBatches();
        return batch;
      } catch (failure) {
        setError(failureMessage(failure, 'Village could not undo this import.'));
        return null;
      }
    },
    [loadBatches],
  );

  const cancel = useCallback(() => {
    setSheet(null);
    setPreview(null);
    setError(null);
  }, []);

  return {
    sheet,
    preview,
    busy,
    error: error ?? past.error,
    result,
    batches: past.data ?? NO_BATCHES,
    choose,
    override,
    commit,
    undo,
    cancel,
  };
}
