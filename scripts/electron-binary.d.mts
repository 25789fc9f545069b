export declare function installedElectronBinary(): string | null;
export declare function displayProblem(): string | null;
