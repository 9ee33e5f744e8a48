// The console messages for the page's owner, each under the widget's name so they can
// tell the widget's messages from the page's own.
const PREFIX = '[AI Sequencing Diagnostic]';

export const info = (message) => console.info(`${PREFIX} ${message}`);
export const warn = (message) => console.warn(`${PREFIX} ${message}`);
export const error = (message) => console.error(`${PREFIX} ${message}`);
