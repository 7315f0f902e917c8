import { createContext } from 'preact';

/**
 * When the figures below were read (the oldest of the numbers shown) and the time now: every card
 * shows its age, and a new value each second makes every card show the new age.
 */
export const FigureAge = createContext<{ readAt: number; now: number } | undefined>(undefined);
