// The few extension APIs the content script uses, without webextension-polyfill: its weight would
// double the script, and both browsers' MV3 APIs return promises already.
export interface StorageChange {
  newValue?: unknown;
}
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
}
interface ExtensionApi {
  storage: {
    local: Area;
    sync: Area;
    onChanged: {
      addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
export const ext = (scope.browser ?? scope.chrome) as ExtensionApi;
