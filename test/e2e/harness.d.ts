import type { BrowserContext, Page, Route } from "playwright-core";

export declare const ROOT: string;
export declare const OFFICE_JS_DIR: string;
export declare function distDir(): string;

/** Deals with an office.js request (answers, holds or refuses it) and says whether it did; else it is blocked. */
export type OfficeJsRoute = (route: Route) => boolean | Promise<boolean>;

/** The built pane served on 127.0.0.1 and headless Chromium (held by the harness: pages open through openPane). */
export interface StartedPane {
  readonly url: string;
  close(): Promise<void>;
}
export declare function startPane(): Promise<StartedPane>;

export interface PaneOptions {
  readonly width?: number;
  readonly height?: number;
  readonly locale?: string;
  readonly acceptDownloads?: boolean;
  /** Appended to taskpane.html ("?_host_Info=…"). */
  readonly query?: string;
  readonly officeJs?: OfficeJsRoute;
  /** Listeners to add before the page loads. */
  readonly onPage?: (page: Page) => void;
  readonly waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit";
  /** Wait until the first finding is listed (default true). */
  readonly report?: boolean;
}

/** A page of the pane in its own context, which reaches 127.0.0.1 only. */
export interface OpenedPane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** URLs beyond 127.0.0.1 the page asked for, all refused. */
  readonly blocked: string[];
  close(): Promise<void>;
}
export declare function openPane(pane: StartedPane, options?: PaneOptions): Promise<OpenedPane>;
