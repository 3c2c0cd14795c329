/**
 * A display equation wider than the column scrolls sideways in its own box. Such a box is made
 * reachable by the keyboard (and named), so arrow keys can scroll it; an equation that fits is not a
 * tab stop. Widths change with the window and when a proof opens, so this follows them.
 */
const observer = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    const body = target as HTMLElement;
    const wide = body.scrollWidth > body.clientWidth + 1;
    if (wide === body.hasAttribute("tabindex")) continue;
    if (wide) {
      const number = body.parentElement?.querySelector(".equation-number")?.textContent;
      body.tabIndex = 0;
      body.setAttribute("role", "group");
      body.setAttribute(
        "aria-label",
        `Equation ${number ?? ""}, wider than the page: scroll it sideways`.replace("  ", " "),
      );
    } else {
      body.removeAttribute("tabindex");
      body.removeAttribute("role");
      body.removeAttribute("aria-label");
    }
  }
});
for (const body of document.querySelectorAll(".equation-body")) observer.observe(body);
