import { useEffect, useState } from "react";

/**
 * True once `element` is within a screen of the viewport, or once the page is idle: blocks near the
 * reader come alive first, the others soon after.
 */
export function useNearViewport(selector: string): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = document.querySelector(selector);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "100% 0px",
    });
    if (element) observer.observe(element);
    const idle =
      window.requestIdleCallback?.(() => setNear(true), { timeout: 3000 }) ??
      window.setTimeout(() => setNear(true), 1500);
    return () => {
      observer.disconnect();
      (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [selector]);
  return near;
}
