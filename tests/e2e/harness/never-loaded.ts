/**
 * jsPDF's optional libraries (only for `.html()` and SVG images, which the product never calls), by
 * a string only their code holds: the build must not ship them.
 */
export const NEVER_LOADED: Record<string, string> = { html2canvas: 'html2canvas-container', canvg: 'ClipPathElement', dompurify: 'ALLOWED_TAGS' };
