/** The part of svgcanvas (a Canvas 2D context that writes SVG) that the chart downloads use. */
declare module 'svgcanvas' {
  export class Context {
    constructor(options: { width: number; height: number; document?: Document });
    /** The drawing as SVG text; `true` replaces named entities that XML does not know. */
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
}
