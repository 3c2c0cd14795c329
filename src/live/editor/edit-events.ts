import { Annotation, EditorState, type Extension } from "@codemirror/state";

/** Marks a transaction that loads code into the editor without it being an edit (the block's first code). */
export const loadingCode = Annotation.define<true>();

/**
 * Hands each edit's whole code to `onEdit` while its transaction is being made, before CodeMirror
 * updates its DOM and selection (which forces style and layout): the worker starts on the code about
 * 2 ms after the key instead of 5. Every edit passes here: typing, pasting, undo, a scrub's or a
 * slider's final value, a loaded solution, Reset.
 */
export function editEvents(onEdit: (code: string) => void): Extension {
  return EditorState.transactionExtender.of((transaction) => {
    if (transaction.docChanged && !transaction.annotation(loadingCode)) onEdit(transaction.newDoc.toString());
    return null;
  });
}
