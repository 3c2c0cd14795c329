/**
 * What a course says of itself (course.config.ts at the project's root): its name, its author and
 * licence, its base colours, and what its tests ask of every chapter. The layouts read it; no
 * component spells the course's name or its colours.
 */

/** A colour in each theme: `#rrggbb`. */
export interface ThemeColor {
  light: string;
  dark: string;
}

export interface CourseConfig {
  /** The course's name: the site's title, the home page's heading, the end of every page's title. */
  title: string;
  /** Said after the title on the home page's browser tab: "Descent — gradient descent, live". */
  tagline: string;
  /** One sentence for the home page's description (search engines, link previews). */
  description: string;
  /** The home page's opening paragraph. */
  introduction: string;
  /** Who wrote the course, as its footer credits them. */
  author: string;
  /** The licence line of every page's footer. */
  licence: string;
  /**
   * The base colours of the pages, each a light and a dark one. Text colours (`fg`, `muted`,
   * `accent`) need 4.5:1 against both backgrounds (`bg`, `bgSoft`), and `focus` and the figures'
   * colours 3:1 against `bg` (WCAG AA): `npm test` checks it (test/contrast.test.ts).
   */
  colors: {
    /** The page's background. */
    bg: ThemeColor;
    /** The background of code, sidebars and panels. */
    bgSoft: ThemeColor;
    /** Text. */
    fg: ThemeColor;
    /** Quieter text: captions' labels, numbers, notes. */
    muted: ThemeColor;
    /** Rules and outlines. */
    border: ThemeColor;
    /** Links and the course's highlights. */
    accent: ThemeColor;
    /** The keyboard focus ring. */
    focus: ThemeColor;
  };
  /**
   * What the book's tests ask of every chapter beyond working (content/chapters/book.test.ts): at
   * least this many live blocks (figures) and exercises. A course sets its own standard.
   */
  chapterMinimum: { liveBlocks: number; exercises: number };
}

/** The CSS custom property of a base colour: `bgSoft` → `--bg-soft`. */
export const colorProperty = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The base colours as CSS, one `light-dark()` pair a property, for the page's `:root`. */
export const colorsCss = (colors: CourseConfig["colors"]) =>
  `:root{${Object.entries(colors)
    .map(([name, { light, dark }]) => `${colorProperty(name)}:light-dark(${light},${dark})`)
    .join(";")}}`;
