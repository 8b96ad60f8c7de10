import type { Browser, BrowserContext } from "playwright-core";

export declare const ROOT: string;
export declare const OFFICE_JS_DIR: string;
export declare function distDir(): string;
export declare function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }>;
export declare function launchChromium(): Promise<Browser>;
export declare function allowLocalOnly(context: BrowserContext): Promise<string[]>;
