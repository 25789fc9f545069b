import { useCallback, useState } from 'react';
import type { MethodParams, MethodResult } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { call } from '../api/client';
import { useProgress } from '../api/useProgress';

/** The calls that log in to the organizer's mail server and run as long work. */
export type MailMethod = 'outbox.send' | 'mail.test' | 'replies.check';

export interface PasswordRequest {
  user: string;
  canRemember: boolean;
  submit: (password: string, remember: boolean) => void;
  cancel: () => void;
}

/**
 * Runs a mail call; when the host does not hold the password yet (it answers with the `password` field),
 * asks for it once and tries again with it. The password goes to the host with that call only.
 * Resolves with null when she cancels.
 */
export function useMailWork() {
  const [asking, setAsking] = useState<PasswordRequest | null>(null);
  const [running, setRunning] = useState<MailMethod | null>(null);
  const progress = useProgress(running !== null, running ?? '');

  const run = useCallback(
    async <M extends MailMethod>(method: M, params: MethodParams<M>, user: string): Promise<MethodResult<M> | null> => {
      const attempt = async (withPassword: MethodParams<M>) => {
        setRunning(method);
        try {
          return await call(method, withPassword);
        } finally {
          setRunning(null);
        }
      };
      try {
        return await attempt(params);
      } catch (failure) {
        if (!(failure instanceof ApiFailure) || failure.error.field !== 'password') throw failure;
        const status = await call('mail.passwordStatus', { user }).catch(() => ({ known: false, canRemember: false }));
        return new Promise<MethodResult<M> | null>((resolve, reject) =>
          setAsking({
            user,
            canRemember: status.canRemember,
            submit: (password, remember) => {
              setAsking(null);
              attempt({ ...params, password, remember }).then(resolve, reject);
            },
            cancel: () => {
              setAsking(null);
              resolve(null);
            },
          }),
        );
      }
    },
    [],
  );

  return { run, running, progress, asking };
}
