// The extension APIs as seen inside page.evaluate / worker.evaluate callbacks, which run in the browser.
interface StorageArea {
  get(key?: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  clear(): Promise<void>;
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<never>; reload(): void };
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
  storage: {
    local: StorageArea;
    sync: StorageArea;
    session: StorageArea;
    onChanged: {
      addListener(listener: () => void): void;
      removeListener(listener: () => void): void;
    };
  };
  // biome-ignore lint/suspicious/noExplicitAny: the rest of the API is reached only in tests.
  [key: string]: any;
};
