import { createContext, useContext } from 'react';

/** Whether the server runs on synthetic demo data, for pages that say so in their own words (the print pack). */
const DemoDataContext = createContext(false);

export const DemoDataProvider = DemoDataContext.Provider;

export function useDemoData(): boolean {
  return useContext(DemoDataContext);
}
