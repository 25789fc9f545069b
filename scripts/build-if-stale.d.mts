export declare const ROOT: string;
export declare function buildIfStale(options?: { quiet?: boolean }): boolean;
