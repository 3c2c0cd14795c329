// The course's identity, in one place: change these to make the site your course. The layouts read
// this file; `npm test` checks the colours' contrast (WCAG AA) in both themes.
import type { CourseConfig } from "./src/lib/course.ts";

export default {
  title: "Descent",
  tagline: "gradient descent, live",
  description: "A short course on gradient descent, gradient flow and SGD, in which every figure is code you can edit.",
  introduction:
    "A short course on gradient descent: why it is Euler's method on a differential equation, which loss it " +
    "really minimises when its steps are finite, and how step size and stochastic gradients shape its path.",
  author: "The Descent authors",
  licence: "All rights reserved.",
  colors: {
    bg: { light: "#ffffff", dark: "#121418" },
    bgSoft: { light: "#f4f5f7", dark: "#1b1e24" },
    fg: { light: "#1b1b1f", dark: "#e7e7ea" },
    muted: { light: "#4f525a", dark: "#a8abb3" },
    border: { light: "#d3d5da", dark: "#343842" },
    accent: { light: "#1a56b8", dark: "#8db8ff" },
    focus: { light: "#1a56b8", dark: "#8db8ff" },
  },
  chapterMinimum: { liveBlocks: 3, exercises: 4 },
} satisfies CourseConfig;
