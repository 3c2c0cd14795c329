import { rangeParameters } from "../editor/range-parameters";
import { ParameterSliders } from "./ParameterSliders";

/** The book code's sliders on the static page: moving one brings the block alive and carries the move over. */
export default function StaticParameters({ blockId, code }: { blockId: string; code: string }) {
  return <ParameterSliders blockId={blockId} parameters={rangeParameters(code)} />;
}
