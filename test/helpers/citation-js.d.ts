/**
 * citation-js ships no types: the part of its plugin registry the RIS tests
 * use (parse a file one step, or all the way to CSL-JSON).
 */
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chainLink(input: string): unknown;
      chain(input: string, options: { target: string }): unknown;
    };
  };
}
declare module '@citation-js/plugin-ris';
