import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface Notice {
  readonly intent: "info" | "warning" | "error" | "success";
  readonly title?: string;
  readonly body: ReactNode;
  /** Shows a close button; the notice is gone for this session once clicked. */
  readonly onDismiss?: () => void;
  readonly dismissLabel?: string;
}

/** Messages above the list (browser mode, unsupported Excel, a file that could not be read). Text, never markup. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  return (
    <>
      {notices.map((notice, i) => (
        <MessageBar key={i} intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.body}
          </MessageBarBody>
          {notice.onDismiss && (
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={notice.dismissLabel} title={notice.dismissLabel} onClick={notice.onDismiss}>
                  ✕
                </Button>
              }
            />
          )}
        </MessageBar>
      ))}
    </>
  );
}
