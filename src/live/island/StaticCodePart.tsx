import type { ConsoleOutput } from "../runner/console-capture";
import { CodeBar } from "./CodeBar";
import { ConsoleView } from "./ConsoleView";
import { MenuButton } from "./MenuButton";
import { StaticCode } from "./StaticCode";
import { StatusLine } from "./StatusLine";

/** The code part of a block as the page is built: the bar, the book's code, an empty status, what the code printed. */
export default function StaticCodePart({
  blockId,
  code,
  output,
  label,
}: {
  blockId: string;
  code: string;
  output: ConsoleOutput;
  label: string;
}) {
  return (
    <>
      <CodeBar blockId={blockId} edited={false} menu={<MenuButton blockId={blockId} />} />
      <StaticCode code={code} label={label} />
      <StatusLine status={{ state: "idle" }} />
      <ConsoleView output={output} />
    </>
  );
}
