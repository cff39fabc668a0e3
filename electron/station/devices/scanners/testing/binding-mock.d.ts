// @serialport/binding-mock ships types, but its exports map has no "types" entry, so TypeScript's
// bundler resolution cannot find them. This repeats the part the tests use, from its index.d.ts.
declare module '@serialport/binding-mock' {
  export interface MockPortBinding {
    readonly openOptions: { path: string; baudRate: number };
    isOpen: boolean;
    emitData(data: Buffer | string): void;
    close(): Promise<void>;
    read(
      buffer: Buffer,
      offset: number,
      length: number,
    ): Promise<{ buffer: Buffer; bytesRead: number }>;
    write(buffer: Buffer): Promise<void>;
    update(options: { baudRate: number }): Promise<void>;
    set(options: object): Promise<void>;
    get(): Promise<{ cts: boolean; dsr: boolean; dcd: boolean }>;
    getBaudRate(): Promise<{ baudRate: number }>;
    flush(): Promise<void>;
    drain(): Promise<void>;
  }

  export const MockBinding: {
    reset(): void;
    createPort(path: string, options?: { echo?: boolean; record?: boolean }): void;
    list(): Promise<
      Array<{
        path: string;
        manufacturer?: string | undefined;
        serialNumber?: string | undefined;
        vendorId?: string | undefined;
        productId?: string | undefined;
      }>
    >;
    open(options: { path: string; baudRate: number }): Promise<MockPortBinding>;
  };
}
