/** `npm run test:soak` sets DESK_SOAK=1: every suite here runs ten times the cases it runs in `npm test`. */
const soak = process.env.DESK_SOAK === '1';
export const fuzzScale = soak ? 10 : 1;
