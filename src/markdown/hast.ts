/** The little of HTML's syntax tree (hast) that the rehype plugins read and write. */
export interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

/** An element's classes. */
export const classes = (node: Node): string[] => {
  const c = node.properties?.className;
  return Array.isArray(c) ? (c as string[]) : typeof c === "string" ? c.split(" ") : [];
};

export const hasClass = (node: Node, name: string) => node.type === "element" && classes(node).includes(name);

/** All the text under a node. */
export const text = (node: Node): string =>
  node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(text).join("");
