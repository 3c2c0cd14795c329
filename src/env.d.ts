/// <reference types="vite/client" />

/** For `tsc`, which cannot read .astro files (`astro check` reads them, with their real types). */
declare module "*.astro" {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
