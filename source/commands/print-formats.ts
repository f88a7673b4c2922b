// What --print can write; kept apart from print.ts so that checking --format loads no exporter.
export const printFormats = ['text', 'markdown', 'html', 'pdf'] as const;
export type PrintFormat = (typeof printFormats)[number];
