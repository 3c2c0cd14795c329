import { STORAGE } from "../../lib/names";

/**
 * The storage key of each thing the site keeps per block or exercise (the prefixes are in
 * lib/names.ts): the one place they are spelled, for the runtime, the page's first script and the
 * work file alike.
 */
export const storageKeys = {
  /** A block's saved edit (also what a `storage` event from another tab names). */
  edit: (blockId: string) => STORAGE.codePrefix + blockId,
  /** The mark left while a block's saved edit runs on arrival. */
  running: (blockId: string) => STORAGE.runningPrefix + blockId,
  /** An exercise's progress. */
  progress: (exerciseId: string) => STORAGE.exercisePrefix + exerciseId,
};
