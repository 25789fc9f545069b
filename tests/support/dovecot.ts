/**
 * A real IMAP server for the replies tests: Debian's dovecot, started on 127.0.0.1 with a throw-away
 * configuration, one user, and a Maildir in a temp folder; stopped (by its own pid) after the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { makeTempDir } from './temp-db';

export const DOVECOT = '/usr/sbin/dovecot';

export function dovecotMissing(): string | null {
  return fs.existsSync(DOVECOT)
    ? null
    : `dovecot is not installed (${DOVECOT} is missing; apt-get install dovecot-imapd)`;
}

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`dovecot stopped: ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('dovecot did not start listening within 15 s');
}

export async function startDovecot(): Promise<Dovecot> {
  const dir = makeTempDir('village-dovecot-');
  const port = await freePort();
  const user = 'organizer@example.org';
  const password = 'imap-app-password';
  // As root, dovecot refuses uid 0 for mail and drops to its own users; otherwise everything runs as us.
  const asRoot = process.getuid?.() === 0;
  const me = os.userInfo();
  const mailUser = asRoot ? 'dovecot' : me.username;
  if (asRoot) fs.chmodSync(dir, 0o777);
  fs.writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}\n`);
  const log = path.join(dir, 'dovecot.log');
  const config = `
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${log}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%n
# the system users mail runs as here have small uids (dovecot, or a CI account)
first_valid_uid = 1
default_internal_user = ${asRoot ? 'dovecot' : me.username}
default_login_user = ${asRoot ? 'dovenull' : me.username}
${asRoot ? '' : `default_internal_group = ${me.username}\n`}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${mailUser} home=${dir}/home/%n
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
  const configFile = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(configFile, config);
  const child = spawn(DOVECOT, ['-F', '-c', configFile], { stdio: 'ignore' });
  await waitForPort(port, child, log);
  return {
    port,
    user,
    password,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Puts mails in the test user's INBOX as a mail program would deliver them (with flags, e.g. \\Seen). */
export async function deliver(dovecot: Dovecot, mails: { raw: string; flags?: string[] }[]): Promise<void> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  for (const mail of mails) await client.append('INBOX', mail.raw, mail.flags);
  await client.logout();
}
