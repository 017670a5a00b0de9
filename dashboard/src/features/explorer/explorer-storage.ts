// Where the explorer keeps its tabs, history and settings: this browser tab's sessionStorage, under
// its own prefix, so nothing outlives the visit and "clear storage" in the editor cannot sign anyone out.

const PREFIX = 'vawg:explorer:';

function ownKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key?.startsWith(PREFIX) ?? false);
}

/** The Storage shape the editor asks for. */
export interface ExplorerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  clear(): void;
  readonly length: number;
}

export function explorerStorage(storage: Storage = window.sessionStorage): ExplorerStorage {
  return {
    getItem: (key) => storage.getItem(PREFIX + key),
    setItem: (key, value) => storage.setItem(PREFIX + key, value),
    removeItem: (key) => storage.removeItem(PREFIX + key),
    clear: () => ownKeys(storage).forEach((key) => storage.removeItem(key)),
    get length() {
      return ownKeys(storage).length;
    },
  };
}
