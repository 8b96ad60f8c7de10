import type { ReactNode } from "react";
import { showControls } from "../model";

/** Workbook text or an official name inside the tool's words: marked so it is told apart, controls made visible. */
export function Content({ text }: { text: string }) {
  return <span data-content="workbook">{showControls(text)}</span>;
}

const SLOT = "\u0000";

/**
 * A label made by a template ("工作簿：{name}") with its value marked as content. The template is called with a
 * placeholder the label cannot otherwise contain, and split around it.
 */
export function withContent(template: (value: string) => string, value: string): ReactNode {
  const [before = "", after = ""] = template(SLOT).split(SLOT);
  return (
    <>
      {before}
      <Content text={value} />
      {after}
    </>
  );
}
