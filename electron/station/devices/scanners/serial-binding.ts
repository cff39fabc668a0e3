/**
 * The part of a serialport binding (@serialport/bindings-interface) the station uses, declared
 * here because that package's exports map hides its own types from TypeScript's bundler
 * resolution. The operating system's binding and @serialport/binding-mock both satisfy it.
 */
export interface SerialPortDescription {
  path: string;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
}

export interface SerialOpenOptions {
  path: string;
  baudRate: number;
}

export interface SerialBindingPort {
  readonly isOpen: boolean;
  readonly openOptions: SerialOpenOptions;
  close(): Promise<void>;
  /** Rejects with `canceled: true` when closed; any other rejection means the device is gone. */
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

/** How the station reaches serial ports: the operating system's, or a mock in tests. */
export interface SerialBinding {
  list(): Promise<SerialPortDescription[]>;
  open(options: SerialOpenOptions): Promise<SerialBindingPort>;
}

/** Resolves the binding when first needed; rejects when this computer cannot do serial. */
export type SerialBindingSource = () => Promise<SerialBinding>;

let systemBinding: Promise<SerialBinding> | null = null;

/**
 * The operating system's serial ports. Loaded on first use, not at import: 'serialport' loads a
 * native module, and a station whose computer cannot load it must still start and do everything
 * else — its scanners then show why they cannot open.
 */
export const systemSerialBinding: SerialBindingSource = () => {
  systemBinding ??= import('serialport').then(({ SerialPort }) => {
    // Typed through @serialport/bindings-cpp, whose types TypeScript cannot reach (see above).
    const detected: unknown = SerialPort.binding;
    if (!isSerialBinding(detected)) {
      throw new Error('the serialport package has no binding for this operating system');
    }
    return detected;
  });
  return systemBinding;
};

function isSerialBinding(value: unknown): value is SerialBinding {
  return (
    typeof value === 'object' &&
    value !== null &&
    'list' in value &&
    typeof value.list === 'function' &&
    'open' in value &&
    typeof value.open === 'function'
  );
}
