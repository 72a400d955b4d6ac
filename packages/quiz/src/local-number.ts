/** How Korean and Russian write numbers, for their labels (loaded with them; see labels.ts). */
export { localNumber } from "@nklabor/facts";
