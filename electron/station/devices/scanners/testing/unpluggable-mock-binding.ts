import { MockBinding } from '@serialport/binding-mock';
import type { MockPortBinding } from '@serialport/binding-mock';
import type {
  SerialBinding,
  SerialBindingPort,
  SerialOpenOptions,
  SerialPortDescription,
} from '../serial-binding';

export interface UnpluggableMockBinding {
  binding: SerialBinding;
  /** Makes a port exist, as plugging a scanner in does. */
  plug(path: string): void;
  /** The scanner vanishes: an open port's read fails as the OS reports it, and opens fail. */
  unplug(path: string): void;
  /** Bytes arriving from the scanner on the open port. */
  emit(path: string, data: Buffer | string): void;
  isOpen(path: string): boolean;
  /** How many times each path was opened successfully. */
  opens(path: string): number;
}

/**
 * @serialport/binding-mock, plus what it lacks: unplugging. Its ports can be created but never
 * taken away, and an open mock port never fails a read, so a lost scanner cannot be shown with it
 * alone. Call MockBinding.reset() between tests (this wraps its global list of ports).
 */
export function createUnpluggableMockBinding(): UnpluggableMockBinding {
  const unplugged = new Set<string>();
  const open = new Map<string, { inner: MockPortBinding; vanish: (error: Error) => void }>();
  const openCounts = new Map<string, number>();

  const binding: SerialBinding = {
    async list(): Promise<SerialPortDescription[]> {
      const ports = await MockBinding.list();
      return ports.filter((port) => !unplugged.has(port.path));
    },
    async open(options: SerialOpenOptions): Promise<SerialBindingPort> {
      if (unplugged.has(options.path)) {
        // The words bindings-cpp uses on Linux for a missing device.
        throw new Error(`Error: No such file or directory, cannot open ${options.path}`);
      }
      const inner = await MockBinding.open(options);
      let vanish: (error: Error) => void = () => undefined;
      const gone = new Promise<never>((_resolve, reject) => {
        vanish = reject;
      });
      // Until a read races it, nobody listens; the rejection is expected, not unhandled.
      gone.catch(() => undefined);
      open.set(options.path, { inner, vanish });
      openCounts.set(options.path, (openCounts.get(options.path) ?? 0) + 1);
      const port: SerialBindingPort = {
        openOptions: inner.openOptions,
        get isOpen() {
          return inner.isOpen;
        },
        async close() {
          if (open.get(options.path)?.inner === inner) open.delete(options.path);
          await inner.close();
        },
        read: (buffer, offset, length) => Promise.race([inner.read(buffer, offset, length), gone]),
        write: (buffer) => inner.write(buffer),
        update: (opts) => inner.update(opts),
        set: (opts) => inner.set(opts),
        get: () => inner.get(),
        getBaudRate: () => inner.getBaudRate(),
        flush: () => inner.flush(),
        drain: () => inner.drain(),
      };
      return port;
    },
  };

  return {
    binding,
    plug(path) {
      unplugged.delete(path);
      MockBinding.createPort(path);
    },
    unplug(path) {
      unplugged.add(path);
      // Not `canceled`: the stream takes any other read error as a disconnection.
      open.get(path)?.vanish(new Error('EIO: input/output error, read'));
    },
    emit(path, data) {
      const port = open.get(path);
      if (!port) throw new Error(`No open mock port ${path} to send from`);
      port.inner.emitData(data);
    },
    isOpen: (path) => open.get(path)?.inner.isOpen ?? false,
    opens: (path) => openCounts.get(path) ?? 0,
  };
}
