export declare function failureNotePath(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string;
export declare function failedToday(notePath?: string): string | null;
export declare function downloadWithProgress(
  url: string,
  file: string,
  options: { stallMs: number; onProgress?: (received: number, total: number | null) => void },
): Promise<number>;
export declare function fetchElectron(options?: {
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
  notePath?: string;
}): Promise<string | null>;
