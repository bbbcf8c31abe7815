/**
 * The three playable seats, on their own so that the table's contract (table.ts) and the state's
 * shapes (types.ts) can both name them without importing each other. Beijing and Moscow act
 * through rules and events.
 */
export const SEATS = ['us', 'dprk', 'rok'] as const;
export type Seat = (typeof SEATS)[number];
