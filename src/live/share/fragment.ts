/**
 * A share link's fragment, `#share/<version>/<block id>/<code>`: the part the page's first script
 * recognises without decoding anything (the decoder, with its inflater, is fetched only for such a
 * link). A fragment never reaches a server: the code in it stays in the reader's browser.
 */
export const SHARE_PREFIX = "#share/";

/** Whether a location's hash is a share link's (any other hash is an ordinary anchor, left alone). */
export const isShareFragment = (hash: string) => hash.startsWith(SHARE_PREFIX);

/** The page's notice about a share link (refused, or waiting for a predict exercise's answer). */
export const SHARE_NOTICE = "[data-share-notice]";
