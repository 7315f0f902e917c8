import { createContext } from 'preact';

/** When the figures below were read (the oldest of the numbers shown): every card shows its age. */
export const FigureAge = createContext<number | undefined>(undefined);
